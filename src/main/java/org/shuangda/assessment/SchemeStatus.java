package org.shuangda.assessment;

/** DRAFT (the office edits it) → IN_USE (runs going; never changed again) → PUBLISHED (final scores out). */
public enum SchemeStatus {
    DRAFT,
    IN_USE,
    PUBLISHED
}
