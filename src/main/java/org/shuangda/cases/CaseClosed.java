package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A case ended (结案, or 撤销立案), published inside the transaction of the last step: with how it ended, so
 * that credit records a penalty against its parties and assessment counts the unit's closed cases.
 *
 * @param caseId                the case
 * @param caseNumber            e.g. 黎工商处〔2026〕3号
 * @param unitId                the handling unit
 * @param regionPath            region path of the handling unit
 * @param outcome               how it ended
 * @param endedOn               the day of the last step
 * @param partyUsccs            the USCCs of the parties that are entities of the directory
 * @param decisionNumber        the penalty decision's number when one was made, else null
 * @param fineAmount            罚款 in 元 when fined, else null
 * @param caseValue             案值 in 元, or null
 * @param illegalBusinessAmount 非法经营数额 in 元, or null
 */
@DomainEvent
public record CaseClosed(long caseId, String caseNumber, long unitId, String regionPath, CaseCategory category,
        Outcome outcome, LocalDate endedOn, List<String> partyUsccs, String decisionNumber, BigDecimal fineAmount,
        BigDecimal caseValue, BigDecimal illegalBusinessAmount) {

    /** How a case ends. */
    public enum Outcome {
        /** 处罚决定执行完毕后结案. */
        PENALTY_EXECUTED,
        /** 不予处罚后结案. */
        NO_PENALTY,
        /** 移送公安后公安机关立案侦查，行政程序结案. */
        CRIMINAL_CASE,
        /** 撤销立案. */
        REVOKED
    }

    public CaseClosed {
        partyUsccs = List.copyOf(partyUsccs);
    }
}
