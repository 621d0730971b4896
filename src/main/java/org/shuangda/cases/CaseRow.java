package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A case as lists show it.
 *
 * @param decisionDueOn the decision clock's due day while it runs, null while paused or decided
 */
public record CaseRow(long id, String number, long unitId, String unitName, String title, CaseCategory category,
        CaseStatus status, LocalDateTime registeredAt, String partyNames, BigDecimal caseValue,
        BigDecimal illegalBusinessAmount, LocalDate decisionDueOn, boolean clockPaused, boolean supervised) {

    public boolean overdueOn(LocalDate today) {
        return decisionDueOn != null && decisionDueOn.isBefore(today);
    }
}
