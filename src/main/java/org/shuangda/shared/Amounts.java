package org.shuangda.shared;

import java.math.BigDecimal;

/**
 * Whether a decimal fits the {@code numeric(precision, scale)} column it goes to. Checked in each module's
 * validator on the field (422 "超出允许范围"), because a value the column cannot hold would otherwise surface
 * as PostgreSQL's "numeric field overflow" after half the rows were written. JSON bodies are bounded a second
 * time, for every decimal, by the input gate ({@code shared.web.InputGateJson}).
 */
public final class Amounts {

    /** Money columns: {@code numeric(16, 2)}, up to 99,999,999,999,999.99 yuan. */
    public static final int MONEY_PRECISION = 16;
    public static final int MONEY_SCALE = 2;

    private Amounts() {
    }

    /** True when {@code value} (not null) has at most {@code precision - scale} digits before the point. */
    public static boolean fits(BigDecimal value, int precision, int scale) {
        BigDecimal limit = BigDecimal.TEN.pow(precision - scale);
        return value.abs().compareTo(limit) < 0;
    }

    /** Adds {@code error.amount.range} on {@code field} when a non-null value is negative or too large. */
    public static void checkMoney(InvalidInput.Collector problems, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || !fits(value, MONEY_PRECISION, MONEY_SCALE))) {
            problems.add(field, "error.amount.range", field, MONEY_PRECISION - MONEY_SCALE, MONEY_SCALE);
        }
    }
}
