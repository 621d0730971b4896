package org.shuangda.cases.publication;

import java.time.Instant;
import java.time.LocalDate;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;

/**
 * One penalty decision to publish (行政处罚信息公示), as the public will read it: the party already masked for
 * natural persons, no ID number ever. The aggregate of the publication lifecycle: each guarded method asks its
 * {@link PublicationAction} and returns the record as it is after the step (publish a pending record; correct or
 * withdraw a published one with a reason, the previous text going to the public history). The store persists
 * what these return and decides nothing.
 *
 * @param dueOn     20 working days after the decision (《市场监督管理行政处罚信息公示规定》), recomputed when the
 *                  calendar changes while the record is pending
 * @param partyKind {@code ENTITY} or {@code PERSON}
 * @param content   the public text a correction may change
 * @param corrected whether a correction was published (shown as 已更正)
 */
public record PenaltyPublication(Long id, long caseId, long unitId, String decisionNumber, LocalDate decidedOn,
        LocalDate dueOn, String partyKind, String uscc, String authority, Content content, PublicationStatus status,
        Instant publishedAt, String publishedBy, boolean corrected, int version) {

    /** The public text of the record, what a correction may change. */
    public record Content(String partyName, String facts, String legalBasis, String penalty) {

        void validate() {
            InvalidInput.Collector problems = new InvalidInput.Collector();
            required(problems, "partyName", partyName);
            required(problems, "facts", facts);
            required(problems, "legalBasis", legalBasis);
            required(problems, "penalty", penalty);
            problems.throwIfAny();
        }

        Content stripped() {
            return new Content(strip(partyName), strip(facts), strip(legalBasis), strip(penalty));
        }

        private static String strip(String v) {
            return v == null ? null : v.strip();
        }
    }

    /** A record to publish for a decision, due {@code dueOn}. */
    public static PenaltyPublication pending(long caseId, long unitId, String decisionNumber, LocalDate decidedOn,
            LocalDate dueOn, String partyKind, String uscc, String authority, Content content) {
        return new PenaltyPublication(null, caseId, unitId, decisionNumber, decidedOn, dueOn, partyKind, uscc,
                authority, content, PublicationStatus.PENDING, null, null, false, 0);
    }

    public boolean isPerson() {
        return "PERSON".equals(partyKind);
    }

    public boolean isOverdue(LocalDate today) {
        return status == PublicationStatus.PENDING && today.isAfter(dueOn);
    }

    /** Whether {@code actor} may take the step now, for the office page: {@code ${p.allows(me, 'PUBLISH')}}. */
    public boolean allows(Actor actor, String action) {
        return actor != null && PublicationAction.valueOf(action).allowedFor(actor, status);
    }

    /** 公示: a pending record goes public. */
    public PenaltyPublication published(Instant at, String by) {
        require(PublicationAction.PUBLISH);
        return new PenaltyPublication(id, caseId, unitId, decisionNumber, decidedOn, dueOn, partyKind, uscc, authority,
                content, PublicationStatus.PUBLISHED, at, by, corrected, version);
    }

    /**
     * 更正: a published record with corrected text, for a reason. A natural person stays masked whatever is
     * typed; the text must change and every field be filled.
     */
    public PenaltyPublication corrected(String reason, Content text) {
        require(PublicationAction.CORRECT);
        requireReason(reason);
        Content fixed = text.stripped();
        if (isPerson() && fixed.partyName() != null && !fixed.partyName().isBlank()) {
            fixed = new Content(PartyMask.person(fixed.partyName()), fixed.facts(), fixed.legalBasis(), fixed.penalty());
        }
        fixed.validate();
        if (fixed.equals(content)) {
            throw new InvalidInput("facts", "publication.correction.unchanged");
        }
        return new PenaltyPublication(id, caseId, unitId, decisionNumber, decidedOn, dueOn, partyKind, uscc, authority,
                fixed, status, publishedAt, publishedBy, true, version);
    }

    /** 撤销: a published record is withdrawn (the decision was revoked after 复议 or 诉讼), with its reason. */
    public PenaltyPublication withdrawn(String reason) {
        require(PublicationAction.WITHDRAW);
        requireReason(reason);
        return new PenaltyPublication(id, caseId, unitId, decisionNumber, decidedOn, dueOn, partyKind, uscc, authority,
                content, PublicationStatus.WITHDRAWN, publishedAt, publishedBy, corrected, version);
    }

    /** The record with its due day computed again (the calendar changed); only a pending record has a due day. */
    PenaltyPublication redated(LocalDate due) {
        if (status != PublicationStatus.PENDING) {
            throw new PublicationRefused("publication.refused.notPending");
        }
        return new PenaltyPublication(id, caseId, unitId, decisionNumber, decidedOn, due, partyKind, uscc, authority,
                content, status, publishedAt, publishedBy, corrected, version);
    }

    private void require(PublicationAction action) {
        if (!action.possibleIn(status)) {
            throw new PublicationRefused(action.refusal());
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "error.required");
        }
    }

    private static void required(InvalidInput.Collector problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field, "error.required");
        }
    }
}
