package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A case was registered (立案), published inside the registering transaction: what credit (cases against an
 * entity) and assessment (cases a unit opened) need without reading the cases tables.
 *
 * @param caseId                the case
 * @param caseNumber            e.g. 黎工商处〔2026〕3号
 * @param unitId                the handling unit
 * @param regionPath            region path of the handling unit
 * @param registeredOn          the day of 立案 (may be earlier than today for a case entered after the fact)
 * @param partyUsccs            the USCCs of the parties that are entities of the directory (persons have none)
 * @param caseValue             案值 in 元, or null
 * @param illegalBusinessAmount 非法经营数额 in 元, or null
 */
@DomainEvent
public record CaseRegistered(long caseId, String caseNumber, long unitId, String regionPath, CaseCategory category,
        LocalDate registeredOn, List<String> partyUsccs, BigDecimal caseValue, BigDecimal illegalBusinessAmount) {

    public CaseRegistered {
        partyUsccs = List.copyOf(partyUsccs);
    }
}
