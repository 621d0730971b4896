package org.shuangda.reporting.web;

import jakarta.servlet.http.HttpServletRequest;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.campaigns.CampaignDirectory;
import org.shuangda.campaigns.CampaignRef;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Rollups;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.Templates;
import org.shuangda.reporting.rollups.CategoryRollups;
import org.shuangda.reporting.rollups.RollupBy;
import org.shuangda.reporting.rollups.RollupReport;
import org.shuangda.reporting.rollups.RollupReports;
import org.shuangda.reporting.rollups.SummaryTable;
import org.shuangda.reporting.rounds.RegionSignoffs;
import org.shuangda.reporting.workbooks.SummaryWorkbook;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The office's dashboard of a campaign (bars per region or unit, the trend over rounds, completeness, units
 * with status badges), the pivot view and its XLSX export. Chart data travel in a {@code data-chart}
 * attribute (CSP: no inline script); {@code ?animation=0} turns ECharts animation off for screenshots.
 */
@Controller
@RequestMapping("/reporting")
class DashboardPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RollupReports reports;
    private final Rollups rollups;
    private final Templates templates;
    private final CampaignDirectory campaigns;
    private final SummaryTables tables;
    private final CategoryRollups categories;
    private final RegionSignoffs signoffs;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final ExportAudit exports;

    DashboardPages(RollupReports reports, Rollups rollups, Templates templates, CampaignDirectory campaigns,
            SummaryTables tables, CategoryRollups categories, RegionSignoffs signoffs, FormErrors formErrors,
            MessageSource messages, ExportAudit exports) {
        this.exports = exports;
        this.categories = categories;
        this.signoffs = signoffs;
        this.formErrors = formErrors;
        this.reports = reports;
        this.rollups = rollups;
        this.templates = templates;
        this.campaigns = campaigns;
        this.tables = tables;
        this.messages = messages;
    }

    /** What every view needs: the roll-up (scope checked there), the campaign's rounds and its template. */
    private record View(RollupReport report, List<Round> rounds, Template template, String title) {
    }

    private View view(Actor me, long campaign, Long round, String region, String by) {
        List<Round> rounds = reports.campaignRounds(me, campaign);
        if (round != null && rounds.stream().noneMatch(r -> r.id() == round)) {
            throw new NotFoundProblem("round", round);
        }
        RollupReport report = reports.report(me, round, round == null ? campaign : null, region, RollupBy.parse(by));
        // the roll-up checked the scope over its region: a county office reads a city-wide campaign at its county
        // (whose plan is the city's, outside its campaign scope), so the title comes unscoped
        return new View(report, rounds, templates.columnsFor(me, rounds),
                campaigns.find(campaign).map(CampaignRef::title).orElseThrow(() -> new NotFoundProblem("campaign", campaign)));
    }

    @GetMapping("/dashboard")
    String dashboard(Actor me, @RequestParam(required = false) Long campaign, @RequestParam(required = false) Long round,
            @RequestParam(required = false) String region, @RequestParam(required = false) String by,
            @RequestParam(required = false) String indicator, @RequestParam(required = false) String animation,
            Model model, Locale locale) {
        if (campaign == null) {
            // no campaign chosen (an old bookmark, a link cut short): the cockpit lists the campaigns to choose from
            return "redirect:/cockpit";
        }
        View v = view(me, campaign, round, region, by);
        Indicator chosen = v.template().indicators().stream().filter(i -> i.code().equals(indicator)).findFirst()
                .orElse(v.template().indicators().get(0));
        CategoryRollups.CategoryRollup split = categories.of(me, v.report());
        SummaryTable table = tables.of(me, campaign, v.title(), v.template(), v.report(), split, v.rounds(), round,
                locale);
        // multi-level approval: for one round, which child regions the upper office has signed off
        Map<String, Boolean> signed = new LinkedHashMap<>();
        if (round != null) {
            v.report().lines().stream().filter(l -> l.key().matches("\\d{6}"))
                    .forEach(l -> signed.put(l.key(), signoffs.signedOff(me, round, l.key())));
        }
        model.addAttribute("signedOff", signed);
        // 通报与总结 opens for whoever sees the campaign itself: a county reporting into a city-wide campaign
        // does not, so the link is not offered there (the menu crawl found it answering 404)
        model.addAttribute("briefingsOpen", me.can(Permission.CAMPAIGN_VIEW) && campaigns.find(campaign)
                .filter(c -> me.scopeFor(Permission.CAMPAIGN_VIEW).coversArea(c.regionPath())).isPresent());
        model.addAttribute("categoryColumns", split.columns().stream().filter(c -> c.code().equals(chosen.code())).toList());
        model.addAttribute("campaignId", campaign).addAttribute("campaignTitle", v.title())
                .addAttribute("rounds", v.rounds()).addAttribute("roundId", round).addAttribute("report", v.report())
                .addAttribute("table", table).addAttribute("indicators", v.template().indicators())
                .addAttribute("indicator", chosen).addAttribute("by", v.report().by())
                .addAttribute("animation", !"0".equals(animation) && !"false".equals(animation))
                .addAttribute("chart", JSON.writeValueAsString(chart(me, v, table, chosen, locale)));
        return "reporting/dashboard";
    }

    @GetMapping("/pivot")
    String pivot(Actor me, @RequestParam long campaign, @RequestParam(required = false) Long round,
            @RequestParam(required = false) String region, @RequestParam(required = false) String by, Model model,
            Locale locale) {
        View v = view(me, campaign, round, region, by);
        model.addAttribute("campaignId", campaign).addAttribute("rounds", v.rounds()).addAttribute("roundId", round)
                .addAttribute("report", v.report()).addAttribute("by", v.report().by())
                .addAttribute("table", tables.of(me, campaign, v.title(), v.template(), v.report(),
                        categories.of(me, v.report()), v.rounds(), round, locale));
        return "reporting/pivot";
    }

    @GetMapping("/pivot.xlsx")
    ResponseEntity<byte[]> export(Actor me, @RequestParam long campaign, @RequestParam(required = false) Long round,
            @RequestParam(required = false) String region, @RequestParam(required = false) String by, Locale locale,
            HttpServletRequest request) {
        View v = view(me, campaign, round, region, by);
        SummaryTable table = tables.of(me, campaign, v.title(), v.template(), v.report(),
                categories.of(me, v.report()), v.rounds(), round, locale);
        byte[] xlsx = SummaryWorkbook.write(table, msg("reporting.dashboard.reportingUnit", locale),
                msg("reporting.dashboard.time", locale), msg("reporting.dashboard.total", locale));
        exports.exported(me, "campaign", campaign, table.title() + ".xlsx", request);
        String name = URLEncoder.encode(table.title() + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + name)
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(xlsx);
    }

    /** The upper office accepts a child region's roll-up of one round (see {@link RegionSignoffs}). */
    @PostMapping("/rounds/{round}/regions/{region}/signoff")
    String signOff(Actor me, @PathVariable long round, @PathVariable String region, @RequestParam long campaign,
            @RequestParam(required = false) String parent, RedirectAttributes redirect, Locale locale) {
        try {
            signoffs.signOff(me, round, region);
            redirect.addFlashAttribute("notice", msg("reporting.signoff.done", locale));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", String.join("；", formErrors.of(e).values()));
        }
        return "redirect:" + SummaryTables.dashboardLink(campaign, round, parent, null);
    }

    /** The charts' data: bars of the chosen indicator per line, its trend over rounds, the completeness donut. */
    private Map<String, Object> chart(Actor me, View v, SummaryTable table, Indicator chosen, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("indicator", chosen.name() + "(" + chosen.measure() + ")");
        chart.put("bars", Map.of("labels", table.rows().stream().map(SummaryTable.Row::name).toList(),
                "values", table.rows().stream().map(r -> number(r.value(chosen.code()))).toList()));
        List<String> roundNames = new ArrayList<>();
        List<Object> trend = new ArrayList<>();
        for (Round r : v.rounds()) {
            roundNames.add(r.name());
            trend.add(number(rollups.forRound(me, r.id(), v.report().regionCode()).total().values().get(chosen.code())));
        }
        chart.put("trend", Map.of("labels", roundNames, "values", trend));
        var c = v.report().completeness();
        chart.put("completeness", Map.of("accepted", c.accepted(), "pending", c.submitted() - c.accepted(),
                "missing", c.missing(), "labels", List.of(msg("reporting.dashboard.accepted", locale),
                        msg("reporting.dashboard.pending", locale), msg("reporting.page.missing", locale))));
        return chart;
    }

    private static Object number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
