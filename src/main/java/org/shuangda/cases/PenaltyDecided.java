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
 */
@DomainEvent
public record PenaltyDecided(long caseId, String caseNumber, long unitId, String regionPath, String decisionNumber,
        Procedure procedure, List<PenaltyKind> kinds, BigDecimal fineAmount, LocalDate decidedOn) {

    public PenaltyDecided {
        kinds = List.copyOf(kinds);
    }

    /** Whether the decision must be published (一般程序, not a lone warning). */
    public boolean toBePublished() {
        return procedure == Procedure.GENERAL && !kinds.equals(List.of(PenaltyKind.WARNING));
    }
}
