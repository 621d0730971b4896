package org.shuangda.cases.transfer;

import java.math.BigDecimal;

/**
 * A threshold a case meets, with the case's amount: "该案件非法经营数额80,000.00元，达到假冒注册商标罪追诉标准
 * (5万元)".
 */
public record ThresholdMatch(CriminalThreshold threshold, BigDecimal amount) {

    public String charge() {
        return threshold.charge();
    }
}
