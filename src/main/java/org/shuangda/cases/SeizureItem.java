package org.shuangda.cases;

import java.math.BigDecimal;

/** One row of the 查封扣押清单: name, specification, quantity, unit of measure, value in 元. */
public record SeizureItem(String name, String specification, BigDecimal quantity, String unitLabel, BigDecimal value) {
}
