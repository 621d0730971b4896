package org.shuangda.sampling.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.sampling.Backup;
import org.shuangda.sampling.Backups;
import org.shuangda.sampling.FollowUp;
import org.shuangda.sampling.FollowUps;
import org.shuangda.sampling.LabForm;
import org.shuangda.sampling.Laboratories;
import org.shuangda.sampling.Laboratory;
import org.shuangda.sampling.Objection;
import org.shuangda.sampling.Objections;
import org.shuangda.sampling.PlanForm;
import org.shuangda.sampling.RetestDraw;
import org.shuangda.sampling.RetestDraws;
import org.shuangda.sampling.Sample;
import org.shuangda.sampling.SampleDetails;
import org.shuangda.sampling.SampleDraft;
import org.shuangda.sampling.SampleFile;
import org.shuangda.sampling.SampleFiles;
import org.shuangda.sampling.SampleResult;
import org.shuangda.sampling.SampleState;
import org.shuangda.sampling.SampleSteps;
import org.shuangda.sampling.SampleView;
import org.shuangda.sampling.Samples;
import org.shuangda.sampling.SamplingDraw;
import org.shuangda.sampling.SamplingDrawPool;
import org.shuangda.sampling.SamplingDraws;
import org.shuangda.sampling.SamplingPlan;
import org.shuangda.sampling.SamplingPlans;
import org.shuangda.shared.Actor;
import org.shuangda.shared.MultiLine;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/sampling")
@Tag(name = "Sampling (抽检)", description = "Laboratories, yearly plans, samples and their steps (send, receive, report "
        + "with its file, serve the failure notice, re-test request, acceptance, the re-test lab drawn at random, "
        + "re-test result, objections), the plan's targets and samplers drawn at random, follow-ups of failed samples and the backup store (食品安全抽样检验管理办法, "
        + "产品质量监督抽查管理暂行办法). Scoped: the bureau by its SAMPLING_VIEW / SAMPLING_HANDLE scope, a laboratory "
        + "(SAMPLING_LAB) sees only the samples sent to it; a record out of reach answers 404, a step the rules refuse "
        + "422 with the reason")
class SamplingApi {

    record Day(LocalDate on) {
    }

    record Refusal(LocalDate on, @MultiLine String reason) {
    }

    record Entropy(String entropy, String entropySource) {
    }

    record Decision(String outcome, @MultiLine String decision) {
    }

    record Push(String pushedTo) {
    }

    record Move(String location, Integer version) {
    }

    record Disposal(LocalDate disposedOn, String method, Integer version) {
    }

    private final SamplingPlans plans;
    private final Laboratories labs;
    private final Samples samples;
    private final SampleSteps steps;
    private final SampleDetails details;
    private final SampleFiles files;
    private final Objections objections;
    private final FollowUps followUps;
    private final Backups backups;
    private final RetestDraws draws;
    private final SamplingDownloads downloads;
    private final SamplingDraws planDraws;
    private final org.shuangda.sampling.SamplingSweep sweep;
    private final org.shuangda.sampling.SamplingFigures figures;

    SamplingApi(SamplingPlans plans, Laboratories labs, Samples samples, SampleSteps steps, SampleDetails details,
            SampleFiles files, Objections objections, FollowUps followUps, Backups backups, RetestDraws draws,
            SamplingDownloads downloads, org.shuangda.sampling.SamplingFigures figures,
            org.shuangda.sampling.SamplingSweep sweep, SamplingDraws planDraws) {
        this.planDraws = planDraws;
        this.sweep = sweep;
        this.downloads = downloads;
        this.figures = figures;
        this.plans = plans;
        this.labs = labs;
        this.samples = samples;
        this.steps = steps;
        this.details = details;
        this.files = files;
        this.objections = objections;
        this.followUps = followUps;
        this.backups = backups;
        this.draws = draws;
    }

    @GetMapping("/plans")
    @Operation(summary = "Sampling plans of the units in scope (SAMPLING_VIEW), newest first")
    List<SamplingPlan> plans(Actor me, @RequestParam(required = false) Integer year) {
        return plans.list(me, year);
    }

    @GetMapping("/plans/{id}")
    SamplingPlan plan(Actor me, @PathVariable long id) {
        return plans.get(me, id);
    }

    @PostMapping("/plans")
    @Operation(summary = "A new plan (SAMPLING_HANDLE over its unit; unitId left out: the caller's unit)")
    ResponseEntity<SamplingPlan> createPlan(Actor me, @RequestBody PlanForm form) {
        SamplingPlan p = plans.create(me, form);
        return ResponseEntity.created(URI.create("/api/v1/sampling/plans/" + p.id())).body(p);
    }

    @PutMapping("/plans/{id}")
    @Operation(summary = "Edits a plan at the version read (its kind and unit stay)")
    SamplingPlan updatePlan(Actor me, @PathVariable long id, @RequestBody PlanForm form) {
        return plans.update(me, id, form);
    }

    @GetMapping("/plans/{id}/draws")
    @Operation(summary = "The plan's draws of targets and samplers (SAMPLING_VIEW over the plan), by category, newest "
            + "first; each with its pool hash, entropy, seed, result hash, redraw reason and targets with their samplers")
    List<SamplingDraw> draws(Actor me, @PathVariable long id) {
        return planDraws.list(me, id);
    }

    @PostMapping("/plans/{id}/draws/pools")
    @Operation(summary = "Freezes the pool of a category before a draw and records its SM3 hash (SAMPLING_HANDLE over "
            + "the plan's unit): the market entities of the plan's region (a stage keeps its industry section: "
            + "PRODUCTION C, CIRCULATION and ONLINE F, CATERING H; entityType optional), the officers of the plan's unit "
            + "who may sample; count defaults to the category's batches (at most the pool), samplersPerTarget to the "
            + "plan's (at least 2). 422 for an empty pool, too few samplers, a count over the pool")
    ResponseEntity<SamplingDrawPool> freeze(Actor me, @PathVariable long id, @RequestBody SamplingDraws.PoolForm form) {
        SamplingDrawPool p = planDraws.freeze(me, id, form);
        return ResponseEntity.created(URI.create("/api/v1/sampling/plans/" + id + "/draws/pools/" + p.id())).body(p);
    }

    @GetMapping("/plans/{id}/draws/pools/{poolId}")
    @Operation(summary = "A frozen pool with its entity and officer ids (what the hashes are of)")
    SamplingDrawPool drawPool(Actor me, @PathVariable long id, @PathVariable long poolId) {
        return planDraws.pool(me, id, poolId);
    }

    @PostMapping("/plans/{id}/draws")
    @Operation(summary = "Draws a frozen pool: public entropy of 20–64 digits with its source; seed = SM3(pool hash | "
            + "pool id | entropy), targets the smallest SM3(seed | id), each target's samplers the smallest "
            + "SM3(seed | I | entity | officer); a second draw of the category needs a reason. Append-only, audited")
    ResponseEntity<SamplingDraw> draw(Actor me, @PathVariable long id, @RequestBody SamplingDraws.DrawForm form) {
        SamplingDraw d = planDraws.draw(me, id, form);
        return ResponseEntity.created(URI.create("/api/v1/sampling/plans/" + id + "/draws/" + d.id())).body(d);
    }

    @GetMapping("/plans/{id}/draws/{drawId}")
    SamplingDraw planDraw(Actor me, @PathVariable long id, @PathVariable long drawId) {
        return planDraws.get(me, id, drawId);
    }

    @GetMapping("/plans/{id}/draws/{drawId}/verification")
    @Operation(summary = "Recomputes a draw of targets and samplers from its frozen pool and entropy")
    boolean verifyPlanDraw(Actor me, @PathVariable long id, @PathVariable long drawId) {
        return planDraws.verify(me, id, drawId);
    }

    @GetMapping("/labs")
    @Operation(summary = "The laboratories (检验机构) with their scope, ties and whether they are on the re-test list")
    List<Laboratory> labs(Actor me) {
        return labs.list(me);
    }

    @GetMapping("/labs/{id}")
    Laboratory lab(Actor me, @PathVariable long id) {
        return labs.get(me, id);
    }

    @PostMapping("/labs")
    @Operation(summary = "A new laboratory on its own unit (SAMPLING_SETTINGS over the unit)")
    ResponseEntity<Laboratory> createLab(Actor me, @RequestBody LabForm form) {
        Laboratory l = labs.create(me, form);
        return ResponseEntity.created(URI.create("/api/v1/sampling/labs/" + l.id())).body(l);
    }

    @PutMapping("/labs/{id}")
    Laboratory updateLab(Actor me, @PathVariable long id, @RequestBody LabForm form) {
        return labs.update(me, id, form);
    }

    @PostMapping("/labs/{id}/ties")
    @Operation(summary = "Declares the lab tied to a business (by USCC): never drawn for that business's re-tests")
    Laboratory tie(Actor me, @PathVariable long id, @RequestBody Laboratory.Tie tie) {
        return labs.tie(me, id, tie);
    }

    @GetMapping("/samples")
    @Operation(summary = "Samples the caller sees (a lab: those sent to it), newest first, at most 500")
    List<SampleView> samples(Actor me, @RequestParam(required = false) SampleState state,
            @RequestParam(required = false) SampleResult result, @RequestParam(required = false) Long planId,
            @RequestParam(required = false) Long labId, @RequestParam(required = false) String q) {
        return samples.list(me, state, result, planId, labId, q);
    }

    @GetMapping("/samples/overdue")
    @Operation(summary = "Samples with a duty past its due day, and that clock")
    List<Samples.Overdue> overdue(Actor me) {
        return samples.overdue(me);
    }

    @PostMapping("/samples")
    @Operation(summary = "Records a sample on site (抽样单): at least two samplers (a target of the plan's current draw "
            + "takes the drawn samplers: samplerIds left out or equal to them, else 422), the test portion and the backup "
            + "apart")
    ResponseEntity<SampleView> record(Actor me, @RequestBody SampleDraft draft) {
        SampleView v = samples.record(me, draft);
        return ResponseEntity.created(URI.create("/api/v1/sampling/samples/" + v.id())).body(v);
    }

    @GetMapping("/samples/{id}")
    @Operation(summary = "One sample in full: clocks, the steps the caller may take now, history, files, draws, "
            + "objections, follow-ups, backup")
    SampleDetails.Detail sample(Actor me, @PathVariable long id) {
        return details.of(me, id);
    }

    @PostMapping("/samples/{id}/send")
    @Operation(summary = "SEND: the sample goes to its lab (5 working days from sampling)")
    Sample send(Actor me, @PathVariable long id, @RequestBody(required = false) Day day) {
        return steps.send(me, id, day == null ? null : day.on());
    }

    @PostMapping("/samples/{id}/receive")
    @Operation(summary = "RECEIVE: the lab the sample was sent to receives it (SAMPLING_LAB)")
    Sample receive(Actor me, @PathVariable long id, @RequestBody(required = false) Day day) {
        return steps.receive(me, id, day == null ? null : day.on());
    }

    @PostMapping(value = "/samples/{id}/report", consumes = "multipart/form-data")
    @Operation(summary = "REPORT: the receiving lab's conclusion with its report file (required); a pass is final")
    Sample report(Actor me, @PathVariable long id, @RequestParam(required = false) String result,
            @RequestParam(required = false) List<String> failedItems,
            @RequestParam(required = false) Boolean microbiological, @RequestParam(required = false) String reportNo,
            @RequestParam(required = false) LocalDate concludedOn, @RequestParam(required = false) LocalDate reportedOn,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        return steps.report(me, id, new SampleSteps.ReportForm(result, failedItems, microbiological, reportNo,
                concludedOn, reportedOn), upload(file));
    }

    @PostMapping("/samples/{id}/notify")
    @Operation(summary = "NOTIFY: the failure notice served and acknowledged; follow-ups go to the units where the "
            + "businesses are registered")
    Sample serve(Actor me, @PathVariable long id, @RequestBody SampleSteps.NoticeForm form) {
        return steps.serveNotice(me, id, form);
    }

    @PostMapping("/samples/{id}/retest-request")
    @Operation(summary = "REQUEST_RETEST: within the window (food 7 working days, product quality 15 days); never "
            + "for a microbiological failure")
    Sample requestRetest(Actor me, @PathVariable long id, @RequestBody SampleSteps.RetestRequest request) {
        return steps.requestRetest(me, id, request);
    }

    @PostMapping("/samples/{id}/retest-acceptance")
    Sample acceptRetest(Actor me, @PathVariable long id, @RequestBody(required = false) Day day) {
        return steps.acceptRetest(me, id, day == null ? null : day.on());
    }

    @PostMapping("/samples/{id}/retest-refusal")
    Sample refuseRetest(Actor me, @PathVariable long id, @RequestBody Refusal refusal) {
        return steps.refuseRetest(me, id, refusal.on(), refusal.reason());
    }

    @PostMapping("/samples/{id}/retest-lab-draw")
    @Operation(summary = "DRAW_RETEST_LAB: the re-test lab drawn at random (SM3 over the pool and public entropy of "
            + "20–64 digits), never the first lab nor one tied to the applicant; logged")
    RetestDraw drawRetestLab(Actor me, @PathVariable long id, @RequestBody Entropy entropy) {
        return steps.drawRetestLab(me, id, entropy.entropy(), entropy.entropySource());
    }

    @PostMapping("/samples/{id}/retest-receipt")
    @Operation(summary = "RECEIVE_RETEST: the drawn lab receives the backup (SAMPLING_LAB of that lab)")
    Sample receiveRetest(Actor me, @PathVariable long id, @RequestBody(required = false) Day day) {
        return steps.receiveRetest(me, id, day == null ? null : day.on());
    }

    @PostMapping(value = "/samples/{id}/retest-report", consumes = "multipart/form-data")
    @Operation(summary = "REPORT_RETEST: the drawn lab's conclusion with its file; final")
    Sample reportRetest(Actor me, @PathVariable long id, @RequestParam(required = false) String result,
            @RequestParam(required = false) List<String> failedItems, @RequestParam(required = false) String reportNo,
            @RequestParam(required = false) LocalDate concludedOn, @RequestParam(required = false) LocalDate reportedOn,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        return steps.reportRetest(me, id, new SampleSteps.ReportForm(result, failedItems, false, reportNo,
                concludedOn, reportedOn), upload(file));
    }

    @PostMapping("/samples/{id}/retest-window-closure")
    @Operation(summary = "CLOSE_RETEST_WINDOW: no request within the window; the failure is final (the daily sweep "
            + "does it too)")
    Sample closeWindow(Actor me, @PathVariable long id) {
        return steps.closeRetestWindow(me, id);
    }

    @PostMapping("/samples/{id}/objections")
    @Operation(summary = "OBJECT: an objection on the sampling process or on the method or standard, within its window")
    Objection object(Actor me, @PathVariable long id, @RequestBody Objections.ObjectionForm form) {
        return objections.file(me, id, form);
    }

    @PostMapping("/objections/{id}/decision")
    Objection decide(Actor me, @PathVariable long id, @RequestBody Decision d) {
        return objections.decide(me, id, d.outcome(), d.decision());
    }

    @PostMapping(value = "/samples/{id}/files", consumes = "multipart/form-data")
    @Operation(summary = "Attaches a photo of the test portion or the backup, online evidence or the receipt of service")
    SampleFile attach(Actor me, @PathVariable long id, @RequestParam(required = false) SampleFile.Kind kind,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        return files.attach(me, id, kind, upload(file));
    }

    @GetMapping("/samples/{id}/notice.docx")
    @Operation(summary = "The failure notice (抽样检验结果通知书) generated from the data, DOCX; audited as an export")
    ResponseEntity<byte[]> notice(Actor me, @PathVariable long id, jakarta.servlet.http.HttpServletRequest request) {
        return downloads.notice(me, id, request);
    }

    @GetMapping("/samples/{id}/record.docx")
    @Operation(summary = "The printable sampling record (抽样单) as DOCX; audited as an export")
    ResponseEntity<byte[]> record(Actor me, @PathVariable long id, jakarta.servlet.http.HttpServletRequest request) {
        return downloads.record(me, id, request);
    }

    @GetMapping("/samples/{id}/files/{fileId}")
    @Operation(summary = "A file of the sample (a report, a photo); audited as an export")
    ResponseEntity<byte[]> file(Actor me, @PathVariable long id, @PathVariable long fileId,
            jakarta.servlet.http.HttpServletRequest request) throws IOException {
        return downloads.file(me, id, fileId, request);
    }

    @GetMapping("/retest-draws/{id}/verification")
    @Operation(summary = "Recomputes a re-test lab draw from what it kept (pool hash, seed, lab chosen)")
    boolean verify(Actor me, @PathVariable long id) {
        return draws.verify(me, id);
    }

    @GetMapping("/follow-ups")
    @Operation(summary = "Follow-ups (核查处置) given to the caller's units or of the caller's samples")
    List<FollowUp> followUps(Actor me, @RequestParam(defaultValue = "false") boolean open) {
        return followUps.list(me, open);
    }

    @GetMapping("/follow-ups/{id}")
    FollowUp followUp(Actor me, @PathVariable long id) {
        return followUps.get(me, id);
    }

    @PostMapping("/follow-ups/{id}/outcome")
    @Operation(summary = "The assigned unit records recall, removal and what it found; a violation becomes a clue")
    FollowUp followUpOutcome(Actor me, @PathVariable long id, @RequestBody FollowUps.Outcome outcome) {
        return followUps.record(me, id, outcome);
    }

    @PostMapping("/follow-ups/{id}/push")
    @Operation(summary = "A business registered outside the platform: notes where the follow-up was pushed (通报)")
    FollowUp push(Actor me, @PathVariable long id, @RequestBody Push push) {
        return followUps.push(me, id, push.pushedTo());
    }

    @GetMapping("/backups")
    @Operation(summary = "Backups in the store; due=true: those whose keeping ends within 14 days or ended")
    List<Backup> backups(Actor me, @RequestParam(defaultValue = "false") boolean due) {
        return backups.list(me, due);
    }

    @GetMapping("/backups/{sampleId}")
    Backup backup(Actor me, @PathVariable long sampleId) {
        return backups.get(me, sampleId);
    }

    @PostMapping("/backups/{sampleId}/move")
    Backup move(Actor me, @PathVariable long sampleId, @RequestBody Move move) {
        return backups.move(me, sampleId, move.location(), move.version());
    }

    @PostMapping("/backups/{sampleId}/disposal")
    @Operation(summary = "Records the backup's disposal: refused before its keeping ended or during a re-test")
    Backup dispose(Actor me, @PathVariable long sampleId, @RequestBody Disposal d) {
        return backups.dispose(me, sampleId, d.disposedOn(), d.method(), d.version());
    }

    @GetMapping("/figures")
    @Operation(summary = "Figures of a period for a unit (unitId) or a region (regionCode; default the caller's): "
            + "batches, passed, pass rate, failure rate by category, stage and failed item, batches per 1,000 residents "
            + "against the plans' target; a batch counts in the period its result became final")
    org.shuangda.sampling.SamplingFigures.Figures figures(Actor me, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) Long unitId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return figures.of(me, regionCode, unitId, from, to);
    }

    record Swept(int closed) {
    }

    @PostMapping("/sweep")
    @Operation(summary = "Runs the daily clock sweep now (SAMPLING_SETTINGS): closes the re-test windows that ended")
    Swept sweep(Actor me) {
        return new Swept(sweep.sweep(me));
    }

    static SampleFiles.Upload upload(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null
                : new SampleFiles.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream());
    }
}
