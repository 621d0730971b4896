package org.shuangda.credit.alerts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.shuangda.credit.alerts.Measure;
import org.shuangda.credit.alerts.MeasureForm;
import org.shuangda.credit.alerts.Measures;
import org.shuangda.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of joint punishment measures (失信联合惩戒措施清单). */
@RestController
@RequestMapping("/api/v1/credit/measures")
@Tag(name = "Credit 信用监管", description = "Credit records, lists, grades, joint punishment and warnings")
class MeasureApi {

    private final Measures measures;

    MeasureApi(Measures measures) {
        this.measures = measures;
    }

    @GetMapping
    @Operation(summary = "Every joint punishment measure (CREDIT_VIEW)",
            description = "Each with the list it applies to (SERIOUS: 严重违法失信名单, ABNORMAL: 经营异常名录), item, "
                    + "content, target, legal basis, issuing level (NATIONAL/PROVINCIAL/CITY/COUNTY), order and "
                    + "whether it is active.")
    List<Measure> list(Actor me) {
        return measures.list(me);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One measure (CREDIT_VIEW)")
    Measure get(Actor me, @PathVariable long id) {
        return measures.get(me, id);
    }

    @PostMapping
    @Operation(summary = "Add a measure (CREDIT_SETTINGS); audited",
            description = "Required: appliesTo, item (≤100), content (≤2000), target (≤200), legalBasis (≤1000), "
                    + "level. sortOrder 0–9999 (default 0); active defaults to true. 422 names each wrong field.")
    ResponseEntity<Measure> create(Actor me, @RequestBody MeasureForm body) {
        Measure m = measures.create(me, body);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/credit/measures/" + m.id()))
                .body(m);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a measure (CREDIT_SETTINGS); audited",
            description = "The whole measure with the `version` read: a stale version is refused with 422.")
    Measure update(Actor me, @PathVariable long id, @RequestBody MeasureForm body) {
        return measures.update(me, id, body);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a measure (CREDIT_SETTINGS); audited. To keep it on record, set active false.")
    ResponseEntity<Void> delete(Actor me, @PathVariable long id) {
        measures.delete(me, id);
        return ResponseEntity.noContent().build();
    }
}
