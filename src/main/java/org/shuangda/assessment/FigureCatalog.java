package org.shuangda.assessment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;

/**
 * The figures a computed item's formula may name: what the platform's modules publish about an assessed unit's
 * records in the scheme's period (reporting's rounds, the cases', complaints', inspection records' and software
 * ledger's and publicity's {@code DerivedFigures}, the penalty publications, the inspection results, the campaign tasks, the funds,
 * this module's 督查 findings). Counts only: rates are written as formulas over them, so that a region's figures are
 * its units' figures added up. The codes are the formulas' variables ({@code reporting :: expression}); a code not
 * here is refused with 422.
 */
public final class FigureCatalog {

    /** Where a figure comes from, the page that lists its records and who may open that page. */
    public enum Source {
        /** reporting: the rounds due in the period, each expected unit of the target once per round. */
        REPORTING("/reporting", Permission.REPORT_SUBMIT, Permission.REPORT_REVIEW, Permission.REPORT_VIEW),
        /** cases' {@code DerivedFigures} ({@code derived.source.cases}). */
        CASES("/cases", Permission.CASE_VIEW),
        /** complaints' {@code DerivedFigures} ({@code derived.source.complaints}). */
        COMPLAINTS("/filings", Permission.FILING_VIEW, Permission.FILING_HANDLE),
        /** inspection records' {@code DerivedFigures} ({@code derived.source.inspections}). */
        INSPECTION_RECORDS("/inspections/records", Permission.INSPECTION_VIEW),
        /** the software ledger's {@code DerivedFigures} ({@code derived.source.software}). */
        SOFTWARE("/software", Permission.CAMPAIGN_MANAGE, Permission.REPORT_SUBMIT, Permission.TASK_REPORT),
        /** cases :: publication: penalty decisions of the period and their publication within 20 working days. */
        PUBLICATIONS("/publications", Permission.PENALTY_PUBLISH),
        /** inspections :: draw: the results of the period and their publication on time. */
        INSPECTION_RESULTS("/inspections/results", Permission.INSPECTION_VIEW),
        /** campaigns: the tasks the target leads that fell due in the period, and the supervised (督办) ones. */
        TASKS("/campaigns", Permission.CAMPAIGN_VIEW),
        /** leadership: the funds of the campaigns running in the period (经费到位率). */
        FUNDS("/funds", Permission.CAMPAIGN_VIEW),
        /** this module: the findings of 督查 visits due in the period and closed by their date. */
        SUPERVISION("/supervision/visits", Permission.ASSESSMENT_VIEW),
        /** publicity's {@code DerivedFigures} ({@code derived.source.publicity}): 宣传资料 and the activities. */
        PUBLICITY("/publicity", Permission.CAMPAIGN_VIEW),
        /** sampling's {@code DerivedFigures} ({@code derived.source.sampling}): 抽检批次 and 抽检合格批次. */
        SAMPLING("/sampling/figures", Permission.SAMPLING_VIEW);

        private final String href;
        private final List<Permission> opens;

        Source(String href, Permission... opens) {
            this.href = href;
            this.opens = List.of(opens);
        }

        /** The page listing the records, when {@code actor} may open it; else empty (the page shows no link). */
        public Optional<String> linkFor(Actor actor) {
            return opens.stream().anyMatch(actor::can) ? Optional.of(href) : Optional.empty();
        }

        /** The label code of a {@code DerivedFigures} bean this source reads, or null. */
        public String derivedLabel() {
            return switch (this) {
                case CASES -> "derived.source.cases";
                case COMPLAINTS -> "derived.source.complaints";
                case INSPECTION_RECORDS -> "derived.source.inspections";
                case SOFTWARE -> "derived.source.software";
                case PUBLICITY -> "derived.source.publicity";
                case SAMPLING -> "derived.source.sampling";
                default -> null;
            };
        }
    }

    /** One figure: its code (the formula's variable), its source; label {@code assessment.figure.CODE}. */
    public record Figure(String code, Source source) {
    }

    private static final Map<String, Figure> FIGURES = new LinkedHashMap<>();

    static {
        add(Source.REPORTING, "report_expected", "report_submitted", "report_on_time");
        add(Source.CASES, "cases_opened", "cases_closed", "major_cases", "case_value", "transferred");
        add(Source.COMPLAINTS, "complaints_received", "tips_received", "filings_closed", "filings_closed_on_time");
        add(Source.INSPECTION_RECORDS, "officers", "entities_checked", "markets_checked", "joint_actions",
                "dens_destroyed");
        add(Source.SOFTWARE, "software_installed", "software_covered");
        add(Source.PUBLICATIONS, "penalties_due", "penalties_published_on_time");
        add(Source.INSPECTION_RESULTS, "inspection_results", "inspection_results_on_time");
        add(Source.TASKS, "tasks_due", "tasks_on_time", "supervised_due", "supervised_on_time");
        add(Source.FUNDS, "funds_allocated", "funds_disbursed");
        add(Source.SUPERVISION, "supervision_findings", "supervision_findings_on_time");
        add(Source.PUBLICITY, "leaflets", "publicity_activities");
        add(Source.SAMPLING, "samples", "samples_passed");
    }

    private FigureCatalog() {
    }

    private static void add(Source source, String... codes) {
        Arrays.stream(codes).forEach(c -> FIGURES.put(c, new Figure(c, source)));
    }

    public static Set<String> codes() {
        return FIGURES.keySet();
    }

    public static List<Figure> all() {
        return List.copyOf(FIGURES.values());
    }

    public static Optional<Figure> find(String code) {
        return Optional.ofNullable(FIGURES.get(code));
    }

    /** The sources that the figures {@code codes} come from: only those are asked when a scheme is computed. */
    public static Set<Source> sourcesOf(Set<String> codes) {
        return codes.stream().map(FIGURES::get).filter(java.util.Objects::nonNull).map(Figure::source)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Source.class)));
    }
}
