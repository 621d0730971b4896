package org.shuangda.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Rollup;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.rollups.CategoryRollups;
import org.shuangda.reporting.rollups.RollupReport;
import org.shuangda.reporting.rollups.SummaryTable;
import org.shuangda.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Turns a roll-up into the summary table (pivot page, XLSX) with drill-down links and translated names. */
@Component
class SummaryTables {

    private final MessageSource messages;

    SummaryTables(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The table {@code me}'s office prints (填报单位). With {@code categories}, a column per category of the
     * indicators with breakdowns, filled per line and in the totals row.
     */
    SummaryTable of(Actor me, long campaignId, String campaignTitle, Template template, RollupReport report,
            CategoryRollups.CategoryRollup categories, List<Round> rounds, Long roundId, Locale locale) {
        List<Round> shown = roundId == null ? rounds : rounds.stream().filter(r -> r.id() == roundId).toList();
        String period = messages.getMessage("reporting.dashboard.periodRange",
                new Object[] {shown.get(0).periodFrom(), shown.get(shown.size() - 1).periodTo()}, locale);
        String rowHeader = messages.getMessage("reporting.dashboard.by." + report.by(), null, locale);
        boolean withCategories = categories != null && !categories.isEmpty();
        List<SummaryTable.Row> rows = report.lines().stream()
                .map(line -> new SummaryTable.Row(name(report, line, locale), link(report, line, campaignId, roundId),
                        withCategories ? merged(line.values(), categories.lines().get(line.key())) : line.values()))
                .toList();
        String office = me.unitName();
        return new SummaryTable(campaignTitle + messages.getMessage("reporting.dashboard.tableSuffix", null, locale),
                office, period, rowHeader, withCategories ? columns(template, categories) : template.indicators(), rows,
                new SummaryTable.Row(report.regionName(), null, withCategories
                        ? merged(report.total().values(), categories.total()) : report.total().values()));
    }

    /**
     * The template's indicators, then one column per category ("收缴查扣物品：食品"): after all indicators, so
     * the columns offices already know keep their places.
     */
    private static List<Indicator> columns(Template template, CategoryRollups.CategoryRollup categories) {
        List<Indicator> columns = new ArrayList<>(template.indicators());
        for (CategoryRollups.Column c : categories.columns()) {
            Indicator i = template.indicator(c.code()).orElseThrow();
            columns.add(new Indicator(-1, c.key(), i.name() + "：" + c.label(), i.measure(), i.type(), null, List.of(),
                    i.sortOrder()));
        }
        return columns;
    }

    private static Map<String, BigDecimal> merged(Map<String, BigDecimal> values, Map<String, BigDecimal> categories) {
        Map<String, BigDecimal> all = new LinkedHashMap<>(values);
        if (categories != null) {
            all.putAll(categories);
        }
        return all;
    }

    private String name(RollupReport report, Rollup.Line line, Locale locale) {
        return report.by().equals("unitType")
                ? messages.getMessage("unitType." + line.key(), null, line.key(), locale)
                : line.name();
    }

    /** A region line drills to that region's dashboard; a unit line to its accepted submission. */
    static String link(RollupReport report, Rollup.Line line, long campaignId, Long roundId) {
        if (report.by().equals("region") && line.key().matches("\\d{6}")) {
            return dashboardLink(campaignId, roundId, line.key(), null);
        }
        if (!report.by().equals("unitType") && line.submissionId() != null) {
            return "/reporting/submissions/" + line.submissionId();
        }
        return null;
    }

    static String dashboardLink(Long campaign, Long round, String region, String by) {
        return UriComponentsBuilder.fromPath("/reporting/dashboard").queryParamIfPresent("campaign",
                        java.util.Optional.ofNullable(campaign)).queryParamIfPresent("round", java.util.Optional.ofNullable(round))
                .queryParamIfPresent("region", java.util.Optional.ofNullable(region))
                .queryParamIfPresent("by", java.util.Optional.ofNullable(by)).build().toUriString();
    }
}
