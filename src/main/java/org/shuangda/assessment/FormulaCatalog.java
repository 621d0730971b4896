package org.shuangda.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The formulas an office picks for a computed item (label {@code assessment.formula.KEY}): each a share in
 * reporting's expression language over {@link FigureCatalog}'s figures; the item scores its maximum times the share
 * (at most 1, at least 0), so "{@code cases_opened / 10}" gives full points from ten cases on. The office may adjust
 * the text (a target, a weight) or write its own ({@link #CUSTOM}); every formula is parsed against the catalogue.
 */
public final class FormulaCatalog {

    public static final String CUSTOM = "CUSTOM";

    public record Formula(String key, String expression) {
    }

    private static final Map<String, Formula> FORMULAS = new LinkedHashMap<>();

    static {
        add("REPORT_COMPLETENESS", "report_submitted / report_expected");
        add("REPORT_TIMELINESS", "report_on_time / report_expected");
        add("CASES_TARGET", "cases_opened / 10");
        add("MAJOR_CASES_TARGET", "major_cases / 2");
        add("CASES_CLOSED_RATE", "cases_closed / cases_opened");
        add("TRANSFER_RATE", "transferred / major_cases");
        add("PENALTY_PUBLICATION", "penalties_published_on_time / penalties_due");
        add("COMPLAINTS_ON_TIME", "filings_closed_on_time / filings_closed");
        add("INSPECTION_RESULTS_ON_TIME", "inspection_results_on_time / inspection_results");
        add("JOINT_ACTIONS_TARGET", "joint_actions / 4");
        add("TASKS_ON_TIME", "tasks_on_time / tasks_due");
        add("SUPERVISED_ON_TIME", "supervised_on_time / supervised_due");
        add("FUNDS_IN_PLACE", "funds_disbursed / funds_allocated");
        add("SOFTWARE_LICENSED", "software_covered / software_installed");
        add("RECTIFICATION_ON_TIME", "supervision_findings_on_time / supervision_findings");
    }

    private FormulaCatalog() {
    }

    private static void add(String key, String expression) {
        FORMULAS.put(key, new Formula(key, expression));
    }

    public static List<Formula> all() {
        return List.copyOf(FORMULAS.values());
    }

    public static Optional<Formula> find(String key) {
        return Optional.ofNullable(FORMULAS.get(key));
    }

    /** Whether {@code key} names a formula of the list, or {@link #CUSTOM}. */
    public static boolean known(String key) {
        return CUSTOM.equals(key) || FORMULAS.containsKey(key);
    }
}
