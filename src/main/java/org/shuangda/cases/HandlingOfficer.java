package org.shuangda.cases;

/** A handling officer (承办人): a user of the case's unit. */
public record HandlingOfficer(long userId, String displayName) {
}
