package org.shuangda.cases.transfer;

import java.math.BigDecimal;

/**
 * A case's category and the amounts thresholds compare with, in 元 (null when not yet established).
 *
 * @param category       the case category code ({@code org.shuangda.cases.CaseCategory} name)
 * @param businessAmount 非法经营数额 / 销售金额
 * @param illegalGains   违法所得
 * @param caseValue      案值
 */
public record CaseAmounts(String category, BigDecimal businessAmount, BigDecimal illegalGains, BigDecimal caseValue) {
}
