package org.shuangda.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuangda.reporting.RollupBy;
import org.shuangda.reporting.RollupReport;
import org.shuangda.reporting.RollupReports;
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

    RollupApi(RollupReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Totals for a region and, line by line, what lies below it",
            description = "Give round= for one round, or campaign= for the campaign total (PERIOD templates add "
                    + "their rounds; CUMULATIVE ones take the latest). by=region (default: child regions, or in a "
                    + "county its units), unitType or unit (every unit below). Completeness (expected, submitted, "
                    + "accepted, returned, missing with names) and timeliness (on time, late, rate) per round. "
                    + "REPORT_REVIEW over the region: 404 outside the caller's scope, 403 without the permission.")
    RollupReport rollup(@RequestParam(required = false) Long round, @RequestParam(required = false) Long campaign,
            @Parameter(description = "Six-digit region code; default: the round's region")
            @RequestParam(required = false) String region,
            @Parameter(description = "region | unitType | unit") @RequestParam(required = false) String by) {
        return reports.report(round, campaign, region, RollupBy.parse(by));
    }
}
