package org.shuangda.cases.transfer;

import java.time.LocalDateTime;

/**
 * A prosecutor's 建议移送 opinion on a case above a threshold that was not transferred, and the agency's answer.
 * The agency answers within {@link Oversight#DAYS_TO_ANSWER} days (a house default: 国务院令第310号 第十四条
 * gives the procuratorate supervision but no period; configure here when a province sets one).
 */
public record TransferOpinion(long id, long caseId, String caseNumber, String caseTitle, long unitId, String unitName,
        String opinion, LocalDateTime issuedAt, String issuedBy, String answer, LocalDateTime answeredAt,
        String answeredBy, TransferClock clock) {

    public boolean answered() {
        return answeredAt != null;
    }

    /** Answered once, with text. */
    void requireMayAnswer(String text) {
        if (answered()) {
            throw new TransferRefused("opinion.refused.answered");
        }
        if (text == null || text.isBlank()) {
            throw new org.shuangda.shared.InvalidInput("answer", "error.required");
        }
    }
}
