package org.shuangda.cases.transfer;

import java.math.BigDecimal;

/** Which amount of a case a criminal threshold is measured on. Labels: {@code threshold.amount.NAME}. */
public enum AmountKind {
    /** 非法经营数额 / 销售金额. */
    BUSINESS_AMOUNT,
    /** 违法所得. */
    ILLEGAL_GAINS,
    /** 案值. */
    CASE_VALUE;

    /** This amount of {@code amounts}, or null when the case has not recorded it. */
    public BigDecimal of(CaseAmounts amounts) {
        return switch (this) {
            case BUSINESS_AMOUNT -> amounts.businessAmount();
            case ILLEGAL_GAINS -> amounts.illegalGains();
            case CASE_VALUE -> amounts.caseValue();
        };
    }
}
