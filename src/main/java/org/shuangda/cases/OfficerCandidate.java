package org.shuangda.cases;

/** A user who may be a case's 承办人 (holds {@code CASE_HANDLE} in the case's unit), as the officer picker shows him. */
public record OfficerCandidate(long userId, String displayName, String unitName) {
}
