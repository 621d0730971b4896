package org.shuangda.credit.record;

import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/**
 * The steps of a restoration application, declared once (labels: {@code credit.restoration.action.NAME}). The
 * officer's steps need CREDIT_MANAGE over the deciding unit; {@link #SUPPLEMENT} is the applicant's (the public
 * tracking page, acting as the system), never offered to officers.
 */
public enum RestorationAction implements LifecycleAction<RestorationStatus> {
    /** 受理 (art.14, 2 working days). */
    ACCEPT,
    /** 一次性告知补正材料 (art.14, 2 working days). */
    REQUEST_PAPERS,
    /** The applicant sends the missing papers: the acceptance clock starts again. */
    SUPPLEMENT,
    /** 经批准延长十个工作日 (art.16), once. */
    EXTEND,
    /** 准予修复: the fact stops showing. */
    RESTORE,
    /** 不予受理 / 不予修复, with the reasons. */
    REFUSE;

    @Override
    public boolean possibleIn(RestorationStatus status) {
        return switch (this) {
            case ACCEPT, REQUEST_PAPERS -> status == RestorationStatus.SUBMITTED;
            case SUPPLEMENT -> status == RestorationStatus.PAPERS_MISSING;
            case EXTEND, RESTORE -> status == RestorationStatus.ACCEPTED;
            case REFUSE -> status == RestorationStatus.SUBMITTED || status == RestorationStatus.ACCEPTED;
        };
    }

    @Override
    public Permission permission() {
        return this == SUPPLEMENT ? Permission.CREDIT_VIEW : Permission.CREDIT_MANAGE;
    }

    /** Whether the applicant, not an officer, takes this step. */
    public boolean byApplicant() {
        return this == SUPPLEMENT;
    }
}
