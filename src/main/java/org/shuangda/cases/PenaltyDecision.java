package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The penalty decision (行政处罚决定).
 *
 * @param decisionNumber e.g. 黎市监罚〔2026〕3号
 * @param procedure      general or simple procedure
 * @param kinds          penalty kinds, at least one
 * @param fineAmount     罚款 in 元, required when {@code kinds} has FINE
 * @param legalBasis     the articles applied
 * @param facts          facts in brief (主要违法事实)
 * @param decidedOn      the day of the decision
 */
public record PenaltyDecision(String decisionNumber, Procedure procedure, List<PenaltyKind> kinds,
        BigDecimal fineAmount, String legalBasis, String facts, LocalDate decidedOn) {

    public PenaltyDecision {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** The decision as stored: its texts without surrounding blanks. */
    PenaltyDecision stripped() {
        return new PenaltyDecision(decisionNumber.strip(), procedure, kinds, fineAmount, legalBasis.strip(),
                facts.strip(), decidedOn);
    }

    /** Whether only a warning was given (not published). */
    public boolean warningOnly() {
        return kinds.equals(List.of(PenaltyKind.WARNING));
    }
}
