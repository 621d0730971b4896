package org.shuangda.inspections.records.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.inspections.records.InspectionRecord;
import org.shuangda.inspections.records.InspectionRecords;
import org.shuangda.inspections.records.RecordForm;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.PickerOption;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Inspection records (执法检查记录), and the officer and joint-unit pickers of their form. */
@RestController
@Tag(name = "Inspections 检查", description = "Random inspections, key markets and inspection records")
class RecordApi {

    private final InspectionRecords records;
    private final Officers officers;
    private final UnitDirectory units;

    RecordApi(InspectionRecords records, Officers officers, UnitDirectory units) {
        this.records = records;
        this.officers = officers;
        this.units = units;
    }

    @GetMapping("/api/v1/inspections/records")
    @Operation(summary = "Inspection records within the caller's scope (INSPECTION_VIEW), newest first, at most 1000",
            description = "from/to (ISO dates) bound the record's first day; kind: ROUTINE (日常巡查), SPECIAL (专项检查), "
                    + "JOINT (联合执法). officerTimes is 出动人次 (every unit's officers × days). Lists only on GET /{id}.")
    List<InspectionRecord> list(Actor me, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String kind) {
        return records.list(me, RecordPages.date("from", from), RecordPages.date("to", to), RecordPages.kindOf(kind));
    }

    @GetMapping("/api/v1/inspections/records/{id}")
    @Operation(summary = "One inspection record with its units, officers, entities and markets; 404 outside the scope")
    InspectionRecord get(Actor me, @PathVariable long id) {
        return records.get(me, id);
    }

    @PostMapping("/api/v1/inspections/records")
    @Operation(summary = "Record an inspection (INSPECTION_HANDLE); audited",
            description = "Required: kind, title (≤200), startedOn and endedOn (ISO, not after today, at most 366 "
                    + "days). leadUnitId defaults to the caller's unit (must lie in the INSPECTION_HANDLE scope); "
                    + "officerIds: the lead unit's officers by name; leadOfficers: people it sent per day (default: "
                    + "those named). JOINT needs jointUnitIds with jointOfficers in parallel. A unit sending more "
                    + "officers than it has (its enabled people) is refused with 422 naming the unit and both "
                    + "numbers. entityIds, marketIds: what was checked; areasRectified, densDestroyed, itemsSeized "
                    + "counts; areasNote and goodsSeized one line (≤200), problems and followUp paragraphs (≤2000).")
    ResponseEntity<InspectionRecord> create(Actor me, @RequestBody RecordForm body) {
        InspectionRecord r = records.create(me, body);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/inspections/records/" + r.id()))
                .body(r);
    }

    @PutMapping("/api/v1/inspections/records/{id}")
    @Operation(summary = "Change an inspection record (INSPECTION_HANDLE); audited",
            description = "The whole record with the version read (stale: 422).")
    InspectionRecord update(Actor me, @PathVariable long id, @RequestBody RecordForm body) {
        return records.update(me, id, body);
    }

    @GetMapping("/api/v1/pickers/inspection-officers")
    @Operation(summary = "The caller's unit's enabled people whose name contains q (INSPECTION_HANDLE), at most 20",
            tags = "Pickers")
    List<PickerOption> officers(Actor me, @Parameter(description = "part of a name")
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer limit) {
        me.require(Permission.INSPECTION_HANDLE);
        String text = q == null ? "" : q.strip();
        return officers.ofUnit(me.unitId()).stream().filter(Officer::enabled)
                .filter(o -> o.displayName().contains(text)).limit(PickerOption.limit(limit))
                .map(o -> new PickerOption(Long.toString(o.id()), o.displayName(), o.unit().name())).toList();
    }

    @GetMapping("/api/v1/pickers/inspection-units")
    @Operation(summary = "Active units of the caller's region whose name contains q, for a 联合执法's joint units "
            + "(INSPECTION_HANDLE), at most 20", tags = "Pickers")
    List<PickerOption> units(Actor me, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit) {
        me.require(Permission.INSPECTION_HANDLE);
        String text = q == null ? "" : q.strip();
        return units.inRegion(me.unitRegionCode()).stream().filter(UnitRef::active).filter(u -> u.id() != me.unitId())
                .filter(u -> u.name().contains(text) || (u.shortName() != null && u.shortName().contains(text)))
                .limit(PickerOption.limit(limit))
                .map(u -> new PickerOption(Long.toString(u.id()), u.name(), u.regionName())).toList();
    }
}
