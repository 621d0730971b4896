package org.shuangda.leadership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign's funds as one reader may see them: per unit what was allocated, disbursed (拨付) and spent, per
 * purpose the same, the totals, and every allocation and movement behind them. {@link #inPlaceRate} is the
 * assessment's 经费到位率 (disbursed ÷ allocated).
 */
public record FundLedger(long campaignId, String campaignTitle, List<UnitLine> units, Map<FundPurpose, Sums> purposes,
        Sums total, List<Allocation> allocations, List<Movement> movements) {

    public enum MovementKind {
        DISBURSEMENT,
        SPENDING
    }

    public record Sums(BigDecimal allocated, BigDecimal disbursed, BigDecimal spent) {

        public static final Sums ZERO = new Sums(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Sums plus(Sums o) {
            return new Sums(allocated.add(o.allocated), disbursed.add(o.disbursed), spent.add(o.spent));
        }

        /** Disbursed as a share of allocated, in percent with one decimal; null when nothing was allocated. */
        public BigDecimal inPlacePercent() {
            return allocated.signum() == 0 ? null
                    : disbursed.multiply(BigDecimal.valueOf(100)).divide(allocated, 1, RoundingMode.HALF_UP);
        }
    }

    public record UnitLine(long unitId, String unitName, Sums sums) {
    }

    public record Allocation(long id, long unitId, String unitName, FundPurpose purpose, BigDecimal amount,
            String note, String createdBy) {
    }

    public record Movement(long id, long unitId, String unitName, MovementKind kind, FundPurpose purpose,
            BigDecimal amount, LocalDate happenedOn, String document, String note, String createdBy) {
    }

    /** 经费到位率 over the lines shown, in percent; null when nothing was allocated. */
    public BigDecimal inPlaceRate() {
        return total.inPlacePercent();
    }
}
