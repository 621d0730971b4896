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
 * @param mitigated      从轻或者减轻处罚 (the display tier of SAMR Order 107 art.7 depends on it)
 * @param aggravated     从重处罚 under the discretion benchmark: with a fine, a 较重行政处罚 of SAMR Order 44 art.2
 * @param seriousListing the proposal to list the party in the 严重违法失信名单, or null (travels with
 *                       {@link PenaltyDecided}; not kept on the case: the credit module keeps the listing)
 */
public record PenaltyDecision(String decisionNumber, Procedure procedure, List<PenaltyKind> kinds,
        BigDecimal fineAmount, String legalBasis, String facts, LocalDate decidedOn, boolean mitigated,
        boolean aggravated, SeriousListingProposal seriousListing) {

    public PenaltyDecision {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** A decision neither mitigated nor aggravated, without a listing proposal. */
    public PenaltyDecision(String decisionNumber, Procedure procedure, List<PenaltyKind> kinds,
            BigDecimal fineAmount, String legalBasis, String facts, LocalDate decidedOn) {
        this(decisionNumber, procedure, kinds, fineAmount, legalBasis, facts, decidedOn, false, false, null);
    }

    /** The decision as stored: its texts without surrounding blanks. */
    PenaltyDecision stripped() {
        return new PenaltyDecision(decisionNumber.strip(), procedure, kinds, fineAmount, legalBasis.strip(),
                facts.strip(), decidedOn, mitigated, aggravated, seriousListing == null ? null
                        : new SeriousListingProposal(seriousListing.field(), seriousListing.factors(),
                                seriousListing.reasons() == null ? null : seriousListing.reasons().strip()));
    }

    /**
     * A 较重行政处罚 in the sense of SAMR Order 44 art.2: a fine decided 从重 under the benchmark, a revocation of a
     * licence, or a suspension of business (the kinds this platform records).
     */
    public boolean heavier() {
        return kinds.contains(PenaltyKind.LICENCE_REVOCATION) || kinds.contains(PenaltyKind.SUSPENSION_OF_BUSINESS)
                || aggravated && kinds.contains(PenaltyKind.FINE);
    }

    /** Whether only a warning was given (not published). */
    public boolean warningOnly() {
        return kinds.equals(List.of(PenaltyKind.WARNING));
    }
}
