package org.shuangda.credit.record;

/** Where a restoration application stands (labels: {@code credit.restoration.status.NAME}). */
public enum RestorationStatus {
    /** 已提交: to be accepted, or the missing papers listed, within 2 working days (art.14). */
    SUBMITTED,
    /** 待补正: the officer listed the missing papers; the applicant sends them. */
    PAPERS_MISSING,
    /** 已受理: to be decided within 7 working days, +10 with approval (art.16). */
    ACCEPTED,
    /** 准予修复: the fact stopped showing. */
    RESTORED,
    /** 不予修复 (or not accepted), with the reasons. */
    REFUSED;

    public boolean isOpen() {
        return this == SUBMITTED || this == PAPERS_MISSING || this == ACCEPTED;
    }
}
