package org.shuangda.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the demo submissions' 收缴查扣物品 into the built-in template's product categories (食品、药品、农资、
 * 建材、汽车配件、电子产品、其他), by what each unit mostly seizes, so the submission form, the summary table
 * and the dashboard show real breakdowns. The parts always add up to the unit's total (largest remainder).
 * Used by {@link ReportingDemo}, whose imported submissions carry them.
 */
final class ReportingBreakdownDemo {

    /** Shares of the seven categories, in the template's order, by a word in the unit's name. */
    private static final Map<String, double[]> SHARES = new LinkedHashMap<>();
    static {
        SHARES.put("食品药品", new double[] {0.55, 0.35, 0, 0, 0, 0, 0.10});
        SHARES.put("农业", new double[] {0.2, 0, 0.7, 0, 0, 0, 0.1});
        SHARES.put("质量技术", new double[] {0.1, 0, 0.1, 0.3, 0.25, 0.2, 0.05});
        SHARES.put("工商", new double[] {0.3, 0.05, 0.1, 0.1, 0.1, 0.25, 0.1});
    }
    private static final double[] OTHERS = {0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.2};

    private ReportingBreakdownDemo() {
    }

    /**
     * Category label → the unit's part of {@code total} (parts of 0 left out), for the seven {@code labels};
     * empty for a template with other categories.
     */
    static Map<String, Object> categories(String unit, int total, List<String> labels) {
        Map<String, Object> parts = new LinkedHashMap<>();
        if (labels.size() != OTHERS.length) {
            return parts;
        }
        double[] shares = SHARES.entrySet().stream().filter(e -> unit.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(OTHERS);
        int[] split = split(total, shares);
        for (int k = 0; k < split.length; k++) {
            if (split[k] > 0) {
                parts.put(labels.get(k), split[k]);
            }
        }
        return parts;
    }

    /** Whole parts of {@code total} by {@code shares}, adding up to it exactly. */
    static int[] split(int total, double[] shares) {
        int[] parts = new int[shares.length];
        double[] rest = new double[shares.length];
        int given = 0;
        for (int k = 0; k < shares.length; k++) {
            double exact = total * shares[k];
            parts[k] = (int) Math.floor(exact);
            rest[k] = exact - parts[k];
            given += parts[k];
        }
        while (given < total) {
            int best = 0;
            for (int k = 1; k < shares.length; k++) {
                best = rest[k] > rest[best] ? k : best;
            }
            parts[best]++;
            rest[best] = -1;
            given++;
        }
        return parts;
    }
}
