package org.shuangda.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.shuangda.organization.Unit;
import org.shuangda.organization.UnitForm;
import org.shuangda.organization.UnitType;
import org.shuangda.organization.Units;
import org.shuangda.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Member units (成员单位) within the caller's data scope")
class UnitApi {

    private final Units units;

    UnitApi(Units units) {
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "Units in the caller's scope, in tree order")
    Units.Page list(Actor me, @RequestParam(defaultValue = "") String q, @RequestParam(required = false) UnitType type,
            @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return units.list(me, q, type, region, Math.max(page, 0), Math.max(size, 1)); // cap: PageSizeLimit
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit (404 when outside the caller's scope)")
    Unit one(Actor me, @PathVariable long id) {
        return units.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Create a unit")
    ResponseEntity<Unit> create(Actor me, @RequestBody UnitForm form) {
        Unit unit = units.create(me, form);
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(unit);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a unit; send the version you read (optimistic locking)")
    Unit update(Actor me, @PathVariable long id, @RequestParam int version, @RequestBody UnitForm form) {
        return units.update(me, id, form, version);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a unit without sub-units or users")
    ResponseEntity<Void> delete(Actor me, @PathVariable long id) {
        units.delete(me, id);
        return ResponseEntity.noContent().build();
    }
}
