package org.shuangda.reporting;

import java.math.BigDecimal;

/** How an indicator's value is entered: whole numbers, or up to two decimals. */
public enum ValueType {
    INTEGER(0),
    DECIMAL(2),
    MONEY(2);

    private final int scale;

    ValueType(int scale) {
        this.scale = scale;
    }

    /** Whether {@code value} has no more decimals than this type allows. */
    public boolean fits(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= scale;
    }

    public int scale() {
        return scale;
    }
}
