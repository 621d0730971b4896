package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A penalty decision was made (published inside the deciding transaction). The publication code listens:
 * general-procedure decisions other than a lone warning are published within 20 working days. The parties'
 * USCCs travel with {@link CaseRegistered} and {@link CaseClosed}.
 *
 * @param caseId         the case
 * @param caseNumber     e.g. 黎工商处〔2026〕3号
 * @param unitId         the deciding unit
 * @param regionPath     region path of the deciding unit
 * @param decisionNumber e.g. 黎工商罚〔2026〕2号
 * @param procedure      general or simple
 * @param kinds          penalty kinds
 * @param fineAmount     罚款 in 元, or null
 * @param decidedOn      the day of the decision
 * @param mitigated      从轻或减轻处罚 (the display tier of SAMR Order 107 art.7 depends on it)
 * @param seriousListing a proposal to list the party as a serious violator, or null
 */
@DomainEvent
public record PenaltyDecided(long caseId, String caseNumber, long unitId, String regionPath, String decisionNumber,
        Procedure procedure, List<PenaltyKind> kinds, BigDecimal fineAmount, LocalDate decidedOn, boolean mitigated,
        SeriousListingProposal seriousListing) {

    public PenaltyDecided {
        kinds = List.copyOf(kinds);
    }

    /** A decision neither mitigated nor with a listing proposal. */
    public PenaltyDecided(long caseId, String caseNumber, long unitId, String regionPath, String decisionNumber,
            Procedure procedure, List<PenaltyKind> kinds, BigDecimal fineAmount, LocalDate decidedOn) {
        this(caseId, caseNumber, unitId, regionPath, decisionNumber, procedure, kinds, fineAmount, decidedOn, false,
                null);
    }

    /** Whether the decision must be published (一般程序, not a lone warning). */
    public boolean toBePublished() {
        return procedure == Procedure.GENERAL && !kinds.equals(List.of(PenaltyKind.WARNING));
    }
}
