package org.shuangda.reporting;

/**
 * 草稿 → 已报送 → 退回 → 已报送 → 已采用. Labels: {@code reporting.status.NAME}. Which steps each state allows is
 * declared once, in {@link SubmissionAction}.
 */
public enum SubmissionStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
