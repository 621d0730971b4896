package org.shuangda.reporting;

/** 草稿 → 已报送 → 退回 → 已报送 → 已采用. Labels: {@code reporting.status.NAME}. */
public enum SubmissionStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** Whether the unit may still change its figures. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
