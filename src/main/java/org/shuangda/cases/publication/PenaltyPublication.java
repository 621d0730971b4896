package org.shuangda.cases.publication;

import java.time.Instant;
import java.time.LocalDate;
import org.shuangda.shared.InvalidInput;

/**
 * One penalty decision to publish (行政处罚信息公示), as the public will read it: the party already masked for
 * natural persons, no ID number ever. Guarded steps: publish a pending record; correct or withdraw a published
 * one with a reason (the previous text goes to the history, shown publicly).
 *
 * @param dueOn     20 working days after the decision (《市场监督管理行政处罚信息公示规定》)
 * @param corrected whether a correction was published (shown as 已更正)
 */
public record PenaltyPublication(Long id, long caseId, long unitId, String unitPath, String regionPath,
        String decisionNumber, LocalDate decidedOn, LocalDate dueOn, String partyKind, String partyName, String uscc,
        String facts, String legalBasis, String penalty, String authority, PublicationStatus status,
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
    }

    public Content content() {
        return new Content(partyName, facts, legalBasis, penalty);
    }

    public boolean isOverdue(LocalDate today) {
        return status == PublicationStatus.PENDING && today.isAfter(dueOn);
    }

    public void requireMayPublish() {
        if (status != PublicationStatus.PENDING) {
            throw new PublicationRefused("publication.refused.notPending");
        }
    }

    /** A correction of a published record, with its reason and the corrected text. */
    public void requireMayCorrect(String reason, Content corrected) {
        if (status != PublicationStatus.PUBLISHED) {
            throw new PublicationRefused("publication.refused.notPublished");
        }
        requireReason(reason);
        corrected.validate();
        if (corrected.equals(content())) {
            throw new InvalidInput("facts", "publication.correction.unchanged");
        }
    }

    /** A withdrawal (the decision was revoked after 复议 or 诉讼), with its reason. */
    public void requireMayWithdraw(String reason) {
        if (status != PublicationStatus.PUBLISHED) {
            throw new PublicationRefused("publication.refused.notPublished");
        }
        requireReason(reason);
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
