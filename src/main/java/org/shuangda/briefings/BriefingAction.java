package org.shuangda.briefings;

import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/**
 * The steps of a document's lifecycle, DRAFT → ISSUED (archived, never changed again), taken by the office
 * reviewing the campaign's region. {@link Briefing} consults them; the editor page shows the editor and the
 * issue form only for the steps available.
 */
public enum BriefingAction implements LifecycleAction<BriefingStatus> {
    /** Replace the draft's paragraphs. */
    EDIT("briefings.refused.issuedEdit"),
    /** Issue the draft under a number and today's date. */
    ISSUE("briefings.refused.issuedTwice");

    private final String refusal;

    BriefingAction(String refusal) {
        this.refusal = refusal;
    }

    @Override
    public boolean possibleIn(BriefingStatus status) {
        return status == BriefingStatus.DRAFT;
    }

    @Override
    public Permission permission() {
        return Permission.REPORT_REVIEW;
    }

    /** The message code of the refusal when the document is no longer a draft. */
    String refusal() {
        return refusal;
    }
}
