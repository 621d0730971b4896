package org.shuangda.briefings;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a figure reads in a document. Exact: the number as reported, without trailing zeros ("426", "5.8").
 * Rounded, the way the seeds' minutes write them ("共计出动执法人员400余人次…检查各类市场70多个,整治重点区域11处,
 * 查处案件8件"):
 * <ul>
 * <li>below 20: exact (a handful of cases is never "about");</li>
 * <li>20 to 99: down to the ten, with 多 when something was cut off (73 → 70多; 70 → 70);</li>
 * <li>100 to 9,999: down to the hundred, with 余 (426 → 400余; 1,234 → 1200余; 300 → 300);</li>
 * <li>10,000 and more: down to the thousand, with 余 (27,654 → 27000余).</li>
 * </ul>
 * Decimals (案值 in 万元) follow the same rules on their value: 5.8 stays 5.8; 123.5 → 100余.
 */
public final class FigurePhrasing {

    private FigurePhrasing() {
    }

    public static String phrase(BigDecimal value, boolean rounded) {
        if (value == null) {
            return "0";
        }
        if (!rounded || value.compareTo(BigDecimal.valueOf(20)) < 0) {
            return plain(value);
        }
        BigDecimal step = value.compareTo(BigDecimal.valueOf(10_000)) >= 0 ? BigDecimal.valueOf(1000)
                : value.compareTo(BigDecimal.valueOf(100)) >= 0 ? BigDecimal.valueOf(100) : BigDecimal.TEN;
        BigDecimal floor = value.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        if (floor.compareTo(value) == 0) {
            return plain(value);
        }
        return plain(floor) + (step.equals(BigDecimal.TEN) ? "多" : "余");
    }

    /** The number as reported: no exponent, no trailing zeros. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
