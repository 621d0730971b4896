package org.shuangda.calendar;

/** The keys of the rulebook's statutory periods (rows of {@code statutory_rule}, seeded by V111). */
public final class RuleKeys {

    public static final String COMPLAINT_ACCEPTANCE = "complaint.acceptance";
    public static final String COMPLAINT_MEDIATION = "complaint.mediation";
    public static final String TIP_VERIFICATION = "tip.verification";
    public static final String TIP_NOTICE = "tip.notice";
    public static final String CLUE_VERIFICATION = "clue.verification";
    public static final String CASE_DECISION = "case.decision";
    public static final String SEIZURE_HOLD = "seizure.hold";
    public static final String TRANSFER_HEAD_DECISION = "transfer.head-decision";
    public static final String TRANSFER_HANDOVER = "transfer.handover";
    public static final String TRANSFER_ACCEPTANCE = "transfer.acceptance";
    public static final String TRANSFER_FILING = "transfer.filing";
    public static final String TRANSFER_RECONSIDERATION_REQUEST = "transfer.reconsideration-request";
    public static final String TRANSFER_RECONSIDERATION_ANSWER = "transfer.reconsideration-answer";
    public static final String TRANSFER_OPINION_ANSWER = "transfer.opinion-answer";
    public static final String PUBLICATION_PUBLISH = "publication.publish";
    /** How long a published penalty stays on the public site (issue 18, V211). */
    public static final String PUBLICATION_DISPLAY = "publication.display";

    private RuleKeys() {
    }
}
