package org.shuangda.reporting.templates;

import org.shuangda.shared.web.RequestLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.Severity;
import org.shuangda.reporting.ValueType;
import org.shuangda.shared.InvalidInput;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11: the cost of checking a report template ({@link TemplateValidator}, what {@code POST} and
 * {@code PUT /api/v1/templates} run before anything is stored), by number of indicators, for a valid template
 * and for one whose every indicator is wrong in three ways (a duplicate code, a formula naming an unknown
 * code, no name: the 422 then lists 3 problems per indicator). Each figure is given beside the time to parse
 * the same request body with Jackson, measured in the same run, so that runs on a busy machine compare.
 * No JMH: the median of 5 rounds, a round being as many calls as fill about 0.5 s (at least one), after a
 * warm-up. Run with {@code bench/templates/run.sh}; not a test (no timed assertions).
 */
public final class TemplateValidationBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile long sink;

    private TemplateValidationBench() {
    }

    interface Call {
        long run();
    }

    public static void main(String[] args) {
        // an edit (no new code): the store is not asked; the indicator-count limit (2,000 by default, refused
        // before any per-indicator work) is lifted so that the bench measures the validation itself
        RequestLimits d = RequestLimits.defaults();
        RequestLimits unlimited = new RequestLimits(d.pageSize(), d.importRows(), Integer.MAX_VALUE, Integer.MAX_VALUE,
                d.jsonBody(), d.statementTimeout());
        TemplateValidator validator = new TemplateValidator(null, unlimited);
        System.out.printf("Java %s, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-30s %14s %14s %12s%n", "template", "parse ms", "validate ms", "validate÷parse");
        for (int n : new int[] {1_000, 10_000}) {
            for (boolean valid : new boolean[] {true, false}) {
                String body = JSON.writeValueAsString(form(n, valid));
                Call parse = () -> JSON.readValue(body, TemplateForm.class).indicators().size();
                TemplateForm form = JSON.readValue(body, TemplateForm.class);
                Call validate = () -> {
                    try {
                        validator.validate(form, false);
                        return 0;
                    } catch (InvalidInput e) {
                        return e.problems().size() + e.getMessage().length();
                    }
                };
                long problems = problems(validator, form);
                if (valid != (problems == 0)) {
                    throw new IllegalStateException("the " + (valid ? "valid" : "invalid") + " form gave " + problems
                            + " problems");
                }
                double p = millisPerCall(parse);
                double v = millisPerCall(validate);
                System.out.printf("%-30s %14s %14s %12s%n", String.format("%,d indicators, %s", n,
                        valid ? "valid" : problems + " problems"), format(p), format(v), format(v / p));
            }
        }
    }

    private static long problems(TemplateValidator validator, TemplateForm form) {
        try {
            validator.validate(form, false);
            return 0;
        } catch (InvalidInput e) {
            return e.problems().size();
        }
    }

    /** Every 10th indicator derived from the two before it, every 10th with breakdowns; a rule per 10. */
    static TemplateForm form(int n, boolean valid) {
        List<TemplateForm.IndicatorForm> indicators = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = valid ? "i" + i : "dup";
            String formula = valid ? (i % 10 == 9 ? "i" + (i - 1) + " + i" + (i - 2) : null) : "unknown_" + i + " + 1";
            indicators.add(new TemplateForm.IndicatorForm(code, valid ? "指标" + i : "", "件", ValueType.INTEGER,
                    formula, valid && i % 10 == 3 ? List.of("食品", "药品") : List.of()));
        }
        List<TemplateForm.RuleForm> rules = new ArrayList<>();
        for (int i = 0; i + 1 < n; i += 10) {
            rules.add(new TemplateForm.RuleForm("r" + i, "i" + i + " <= i" + (i + 1) + " * 10", Severity.WARNING,
                    "规则", null));
        }
        return new TemplateForm(null, "大表", Figures.PERIOD, indicators, valid ? rules : List.of());
    }

    private static double millisPerCall(Call call) {
        long perRound = 1;
        long start = System.nanoTime();
        while (System.nanoTime() - start < 200_000_000L) { // warm up, and find how many calls fill 0.5 s
            for (long i = 0; i < perRound; i++) {
                sink += call.run();
            }
            perRound *= 2;
        }
        long elapsed = System.nanoTime() - start;
        long calls = perRound - 1;
        perRound = Math.max(1, (long) (calls * (500_000_000.0 / elapsed)));
        double[] rounds = new double[5];
        for (int r = 0; r < rounds.length; r++) {
            long t0 = System.nanoTime();
            for (long i = 0; i < perRound; i++) {
                sink += call.run();
            }
            rounds[r] = (System.nanoTime() - t0) / 1e6 / perRound;
        }
        Arrays.sort(rounds);
        return rounds[rounds.length / 2];
    }

    private static String format(double value) {
        return value >= 100 ? String.format("%,.0f", value) : value >= 1 ? String.format("%.1f", value)
                : String.format("%.3f", value);
    }
}
