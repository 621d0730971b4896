package org.shuangda.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuangda.cases.Cases;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.PickerOption;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The officer picker's search (承办人 on the case forms): only holders of the enforcement permission
 * ({@code CASE_HANDLE}) of the unit, shown by name with the unit, never a username. The unit must lie in the
 * caller's {@code CASE_HANDLE} scope (404 otherwise).
 */
@RestController
@RequestMapping("/api/v1/pickers/officers")
@Tag(name = "Pickers")
class OfficerPickerApi {

    private final Cases cases;

    OfficerPickerApi(Cases cases) {
        this.cases = cases;
    }

    @GetMapping
    @Operation(summary = "Enforcement officers of a unit whose name contains q, for the 承办人 picker (at most 20)",
            description = "Without unit: the caller's own unit. Each option: the user id, the name, and the unit. "
                    + "A unit outside the caller's CASE_HANDLE scope is 404; a malformed unit 422 on unit.")
    List<PickerOption> search(Actor me, @Parameter(description = "the unit's id; default the caller's unit")
            @RequestParam(required = false) String unit, @Parameter(description = "part of a name")
            @RequestParam(required = false) String q, @Parameter(description = "1 to 20, default 10")
            @RequestParam(required = false) Integer limit) {
        long unitId = me.unitId();
        if (unit != null && !unit.isBlank()) {
            if (!unit.strip().matches("\\d{1,18}")) {
                throw new InvalidInput("unit", "picker.unit.format", unit.strip());
            }
            unitId = Long.parseLong(unit.strip());
        }
        return cases.officerCandidates(me, unitId, q, PickerOption.limit(limit)).stream()
                .map(o -> new PickerOption(Long.toString(o.userId()), o.displayName(), o.unitName())).toList();
    }
}
