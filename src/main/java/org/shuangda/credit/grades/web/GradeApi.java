package org.shuangda.credit.grades.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.credit.grades.EntityGrades;
import org.shuangda.credit.grades.GradeOverview;
import org.shuangda.credit.grades.RiskGradeService;
import org.shuangda.credit.grades.RiskScheme;
import org.shuangda.credit.grades.RiskSchemeDraft;
import org.shuangda.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credit-risk grades A–D over the API, in the caller's CREDIT_VIEW scope (an entity outside it answers 404). Grades
 * are never published: nothing here is public.
 */
@RestController
@RequestMapping("/api/v1/credit/grades")
@Tag(name = "Credit risk grades 信用风险分类", description = "Grades A–D computed from each entity's credit record "
        + "(国市监信发〔2022〕6号): never published, never an exemption from random checks")
class GradeApi {

    private final RiskGradeService grades;

    GradeApi(RiskGradeService grades) {
        this.grades = grades;
    }

    @GetMapping(params = "entity")
    @Operation(summary = "One entity's grade, its explanation and its history",
            description = "The current grade (null while never graded) with the counts it was computed from, the "
                    + "scheme version and the explanation in words; the history newest first (each change of grade "
                    + "or score, with the previous grade and why it was computed: START, MONTHLY, FACT, SCHEME, "
                    + "MANUAL). 404 when the entity is outside the caller's CREDIT_VIEW scope.")
    EntityGradesJson entity(Actor me, @Parameter(description = "the market entity's id") @RequestParam long entity,
            Locale locale) {
        EntityGrades g = grades.entity(me, entity, locale);
        return new EntityGradesJson(g.entityId(), g.entityName(), GradeJson.of(g.current()),
                g.history().stream().map(GradeJson::of).toList());
    }

    @GetMapping
    @Operation(summary = "The grade distribution and the graded entities",
            description = "Counts per grade within the caller's scope (under `region` and `q`) and one page of "
                    + "graded entities, worst first (also under `grade`). 422 on a grade other than A–D or an "
                    + "unknown region code.")
    GradeOverview list(Actor me, @RequestParam(required = false) String grade,
            @RequestParam(required = false) String region, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return grades.overview(me, region, grade, q, page, size);
    }

    @PostMapping("/recompute")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.ACCEPTED)
    @Operation(summary = "Recompute every grade now, in the background (CREDIT_SETTINGS over every region)",
            description = "Answers 202 at once; the run (reason MANUAL) shows as `lastRun` of GET "
                    + "/api/v1/credit/grades once finished. Grades are also recomputed monthly, on the first start "
                    + "and for an entity whenever a fact joins its record.")
    void recompute(Actor me) {
        grades.requestFullRun(me);
    }

    @GetMapping("/scheme")
    @Operation(summary = "The scoring scheme's versions, current first")
    List<RiskScheme> schemes(Actor me) {
        return grades.schemes(me);
    }

    @PostMapping("/scheme")
    @Operation(summary = "Save a new scheme version (CREDIT_SETTINGS over every region)",
            description = "Weights 0–1000 points per fact within the window (1–120 months), points for under 1 and "
                    + "under 3 years in business, thresholds of B < C < D. 422 naming each wrong field: a missing or "
                    + "out-of-range number, thresholds not rising, every weight 0, or a B threshold no single fact "
                    + "reaches; `version` when `basedOn` is not the current version. Audited; every grade is then "
                    + "recomputed in the background.")
    RiskScheme save(Actor me, @RequestBody SchemeChange body) {
        Map<String, String> v = new java.util.LinkedHashMap<>();
        v.put("windowMonths", text(body.windowMonths()));
        v.put("penaltyWarning", text(body.penaltyWarning()));
        v.put("penaltyMinor", text(body.penaltyMinor()));
        v.put("penaltyGeneral", text(body.penaltyGeneral()));
        v.put("penaltySerious", text(body.penaltySerious()));
        v.put("abnormalListed", text(body.abnormalListed()));
        v.put("seriousListed", text(body.seriousListed()));
        v.put("sampleFailed", text(body.sampleFailed()));
        v.put("inspectionFinding", text(body.inspectionFinding()));
        v.put("complaintUpheld", text(body.complaintUpheld()));
        v.put("underOneYear", text(body.underOneYear()));
        v.put("underThreeYears", text(body.underThreeYears()));
        v.put("thresholdB", text(body.thresholdB()));
        v.put("thresholdC", text(body.thresholdC()));
        v.put("thresholdD", text(body.thresholdD()));
        return grades.saveScheme(me, new RiskSchemeDraft(v, body.note(), body.basedOn()));
    }

    private static String text(Integer n) {
        return n == null ? null : String.valueOf(n);
    }
}
