package org.shuangda.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.shuangda.privacy.IdentityOpening;
import org.shuangda.privacy.IdentityOpenings;
import org.shuangda.shared.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/identity-openings")
@Tag(name = "Identity openings", description = "身份查看记录: who opened a tipster's identity or a party's full ID "
        + "number, when and why; reviewed by the unit head")
class IdentityOpeningApi {

    /** The review's remark (optional, at most 500 characters). */
    record Review(String remark) {
    }

    private final IdentityOpenings openings;

    IdentityOpeningApi(IdentityOpenings openings) {
        this.openings = openings;
    }

    @GetMapping
    @Operation(summary = "Openings of the records of the caller's review scope (PERSONAL_DATA_REVIEW), newest first; "
            + "filter by day (from/to, inclusive) and reviewed; sort by OPENED_AT, OPENED_BY, KIND or REVIEWED_AT")
    IdentityOpenings.Page list(Actor me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean reviewed,
            @RequestParam(required = false) IdentityOpenings.Sort sort,
            @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return openings.list(me, new IdentityOpenings.Filter(from, to, reviewed, sort, "asc".equalsIgnoreCase(dir)),
                page, size);
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Mark an opening reviewed, with an optional remark (once; 422 when already reviewed)")
    IdentityOpening review(Actor me, @PathVariable long id, @RequestBody(required = false) Review review) {
        return openings.review(me, id, review == null ? null : review.remark());
    }
}
