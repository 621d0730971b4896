package org.shuangda.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.shuangda.organization.Regions;
import org.shuangda.organization.Unit;
import org.shuangda.organization.Units;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.PickerOption;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit picker's search (task lead and cooperating units, the 转办 target, wherever a unit is chosen): active
 * units whose name contains the text, within the caller's scope for the permission the form acts under
 * ({@code UNIT_VIEW} by default; a 转办 picks within {@code FILING_VIEW}), optionally below a region.
 */
@RestController
@RequestMapping("/api/v1/pickers/units")
@Tag(name = "Pickers")
class UnitPickerApi {

    /** The permissions whose scope a unit picker may search in: those of the forms that choose units. */
    static final Set<Permission> SCOPES = Set.of(Permission.UNIT_VIEW, Permission.UNIT_MANAGE, Permission.FILING_VIEW,
            Permission.ROUTING_MANAGE, Permission.USER_MANAGE);

    private final Units units;
    private final Regions regions;

    UnitPickerApi(Units units, Regions regions) {
        this.units = units;
        this.regions = regions;
    }

    @GetMapping
    @Operation(summary = "Units whose name contains q, within the caller's scope, for a picker (at most 20)",
            description = "Each option: the unit id, the name, and the region with the unit above. permission: the "
                    + "scope searched (UNIT_VIEW, UNIT_MANAGE, FILING_VIEW, ROUTING_MANAGE or USER_MANAGE; the caller "
                    + "must hold it, else 403). region: only units of that region and below (422 when unknown).")
    List<PickerOption> search(Actor me, @Parameter(description = "part of a unit's name or short name")
            @RequestParam(required = false) String q, @Parameter(description = "default UNIT_VIEW")
            @RequestParam(required = false) String permission, @Parameter(description = "six-digit region code")
            @RequestParam(required = false) String region, @Parameter(description = "1 to 20, default 10")
            @RequestParam(required = false) Integer limit) {
        Permission scope = Permission.UNIT_VIEW;
        if (permission != null && !permission.isBlank()) {
            scope = SCOPES.stream().filter(p -> p.name().equals(permission.strip())).findFirst()
                    .orElseThrow(() -> new InvalidInput("permission", "picker.unit.permission", permission.strip(),
                            String.join("、", SCOPES.stream().map(Permission::name).sorted().toList())));
        }
        String code = region == null ? "" : region.strip();
        if (!code.isEmpty()) {
            if (!code.matches("\\d{6}")) {
                throw new InvalidInput("region", "region.code.format");
            }
            if (regions.find(code).isEmpty()) {
                throw new InvalidInput("region", "region.unknown", code);
            }
        }
        return units.search(me, scope, q, code, PickerOption.limit(limit)).stream().map(UnitPickerApi::option).toList();
    }

    static PickerOption option(Unit u) {
        String detail = u.parentName() == null ? u.regionName() : u.regionName() + " · " + u.parentName();
        return new PickerOption(Long.toString(u.id()), u.name(), detail);
    }
}
