package org.shuangda.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuangda.organization.Region;
import org.shuangda.organization.Regions;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "GB/T 2260 administrative divisions (行政区划)")
class RegionApi {

    private final Regions regions;

    RegionApi(Regions regions) {
        this.regions = regions;
    }

    @GetMapping
    @Operation(summary = "Provinces, or the children of a region",
            description = "Without parent: the provinces. With parent=CODE: the divisions directly below it.")
    List<Region> list(@Parameter(description = "six-digit parent code, e.g. 140400") @RequestParam(required = false)
            String parent, @Parameter(description = "include retired codes") @RequestParam(defaultValue = "false")
            boolean includeRetired) {
        if (parent == null || parent.isBlank()) {
            return regions.topLevel(includeRetired);
        }
        if (!parent.strip().matches("\\d{6}")) {
            throw new InvalidInput("parent", "region.code.format");
        }
        if (regions.find(parent.strip()).isEmpty()) {
            throw new InvalidInput("parent", "region.unknown", parent.strip());
        }
        return regions.children(parent.strip(), includeRetired);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One region, current or retired")
    Region one(@PathVariable String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundProblem("region", code));
    }
}
