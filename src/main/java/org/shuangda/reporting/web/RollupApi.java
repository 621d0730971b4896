package org.shuangda.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuangda.reporting.Rollup;
import org.shuangda.reporting.Rollups;
import org.shuangda.shared.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Roll-ups of accepted figures by region hierarchy, with completeness, per round or per campaign. */
@RestController
@RequestMapping("/api/v1/rollups")
@Tag(name = "Roll-ups 汇总")
class RollupApi {

    private final Rollups rollups;

    RollupApi(Rollups rollups) {
        this.rollups = rollups;
    }

    @GetMapping
    @Operation(summary = "Totals for a region and each region (or, in a county, each unit) below it",
            description = "Give round= for one round, or campaign= for the campaign total (PERIOD templates add "
                    + "their rounds; CUMULATIVE ones take the latest). REPORT_REVIEW over the region.")
    Rollup rollup(@RequestParam(required = false) Long round, @RequestParam(required = false) Long campaign,
            @Parameter(description = "Six-digit region code; default: the round's region")
            @RequestParam(required = false) String region) {
        if ((round == null) == (campaign == null)) {
            throw new InvalidInput("round", "reporting.rollup.roundOrCampaign");
        }
        return round != null ? rollups.forRound(round, region) : rollups.forCampaign(campaign, region);
    }
}
