package org.shuangda.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuangda.organization.Region;
import org.shuangda.organization.RegionChoice;
import org.shuangda.organization.Regions;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the cascading 省/市/县 region picker ({@code fragments/region-picker.html}, {@code static/js/region-picker.js})
 * asks: the current divisions below a code, by name, and the chain of a chosen code. Public (the citizen's form
 * uses it; GB/T 2260 is public reference data), so no actor and no scope: the form's handler checks the chosen
 * code against the user's scope as before.
 */
@RestController
@RequestMapping("/public/regions")
@Tag(name = "Regions", description = "GB/T 2260 administrative divisions (行政区划)")
class PublicRegionApi {

    private final Regions regions;

    PublicRegionApi(Regions regions) {
        this.regions = regions;
    }

    @GetMapping
    @Operation(summary = "The current divisions directly below a region, for the region picker (no login)",
            description = "Without parent: the provinces. Each: code, name, label (城区 and other bare names carry "
                    + "their city: 城区（阳泉市）), level, hasChildren. A malformed or unknown parent is 422 on parent.")
    List<RegionChoice> children(@Parameter(description = "six-digit parent code, e.g. 140400")
            @RequestParam(required = false) String parent) {
        if (parent == null || parent.isBlank()) {
            return regions.choicesBelow(null);
        }
        String code = parent.strip();
        if (!code.matches("\\d{6}")) {
            throw new InvalidInput("parent", "region.code.format");
        }
        if (regions.find(code).isEmpty()) {
            throw new InvalidInput("parent", "region.unknown", code);
        }
        return regions.choicesBelow(code);
    }

    @GetMapping("/{code}/chain")
    @Operation(summary = "A region and its ancestors, province first (404 for an unknown code)")
    List<Link> chain(@PathVariable String code) {
        List<Region> chain = regions.chain(code);
        if (chain.isEmpty()) {
            throw new NotFoundProblem("region", code);
        }
        return chain.stream().map(r -> new Link(r.code(), r.name(), r.level().name())).toList();
    }

    /** One step of a chain. */
    record Link(String code, String name, String level) {
    }
}
