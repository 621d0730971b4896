package org.shuangda.briefings;

/** A draft the office may still edit, or an issued (archived, immutable) document. */
public enum BriefingStatus {
    DRAFT,
    ISSUED
}
