package org.shuangda.cases.transfer;

import java.math.BigDecimal;

/**
 * What transfers need to know of a case, read in the same module from the case tables.
 *
 * @param status the {@code CaseStatus} name
 */
public record CaseFacts(long id, String number, String title, long unitId, String unitName, String unitPath,
        String regionPath, String regionCode, String category, String status, BigDecimal caseValue,
        BigDecimal illegalGains, BigDecimal businessAmount) {

    public CaseAmounts amounts() {
        return new CaseAmounts(category, businessAmount, illegalGains, caseValue);
    }

    /** A case may be transferred while the administrative decision is still open (the cases lifecycle allows it). */
    public boolean transferable() {
        return "REGISTERED".equals(status) || "INVESTIGATING".equals(status) || "NOTIFIED".equals(status);
    }
}
