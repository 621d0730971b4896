package org.shuangda.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuangda.reporting.rollups.CategoryRollups;
import org.shuangda.reporting.rollups.RollupBy;
import org.shuangda.reporting.rollups.RollupReport;
import org.shuangda.reporting.rollups.RollupReports;
import org.shuangda.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Roll-ups of accepted figures by region, unit type or unit, with completeness and timeliness. */
@RestController
@RequestMapping("/api/v1/rollups")
@Tag(name = "Roll-ups 汇总")
class RollupApi {

    private final RollupReports reports;
    private final CategoryRollups categories;

    RollupApi(RollupReports reports, CategoryRollups categories) {
        this.reports = reports;
        this.categories = categories;
    }

    @GetMapping("/breakdowns")
    @Operation(summary = "Breakdown values (by product category…) of the accepted figures, cut like the roll-up",
            description = "Same parameters and scope as the roll-up. columns: code#k with the indicator and the "
                    + "category label; lines: the roll-up's line key → column → sum; total: the region's sums.")
    CategoryRollups.CategoryRollup breakdowns(Actor me, @RequestParam(required = false) Long round,
            @RequestParam(required = false) Long campaign, @RequestParam(required = false) String region,
            @RequestParam(required = false) String by) {
        return categories.of(me, reports.report(me, round, campaign, region, RollupBy.parse(by)));
    }

    @GetMapping
    @Operation(summary = "Totals for a region and, line by line, what lies below it",
            description = "Give round= for one round, or campaign= for the campaign total (PERIOD templates add "
                    + "their rounds; CUMULATIVE ones take the latest). by=region (default: child regions, or in a "
                    + "county its units), unitType or unit (every unit below). Completeness (expected, submitted, "
                    + "accepted, returned, missing with names) and timeliness (on time, late, rate) per round. "
                    + "REPORT_REVIEW over the region: 404 outside the caller's scope, 403 without the permission.")
    RollupReport rollup(Actor me, @RequestParam(required = false) Long round, @RequestParam(required = false) Long campaign,
            @Parameter(description = "Six-digit region code; default: the round's region")
            @RequestParam(required = false) String region,
            @Parameter(description = "region | unitType | unit") @RequestParam(required = false) String by) {
        return reports.report(me, round, campaign, region, RollupBy.parse(by));
    }
}
