package org.shuangda.sampling.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.sampling.Backups;
import org.shuangda.sampling.Objections;
import org.shuangda.sampling.Sample;
import org.shuangda.sampling.SampleAction;
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
import org.shuangda.sampling.SamplingDraws;
import org.shuangda.sampling.SamplingPlan;
import org.shuangda.sampling.SamplingPlans;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The samples' pages: the list, the sample form (one column on a phone: a sampler records on site, with the photos of
 * the test portion and the backup), the sample's page with a form per step the reader may take now (the lifecycle's
 * {@link SampleAction}s, dispatched by one switch), its backup, objections and downloads.
 */
@Controller
@RequestMapping("/sampling")
class SamplePages {

    private final Samples samples;
    private final SampleSteps steps;
    private final SampleDetails details;
    private final SampleFiles files;
    private final SamplingPlans plans;
    private final Objections objections;
    private final Backups backups;
    private final Officers officers;
    private final SamplingDownloads downloads;
    private final SamplingDraws draws;
    private final FormErrors formErrors;

    SamplePages(Samples samples, SampleSteps steps, SampleDetails details, SampleFiles files, SamplingPlans plans,
            Objections objections, Backups backups, Officers officers, SamplingDownloads downloads,
            SamplingDraws draws, FormErrors formErrors) {
        this.draws = draws;
        this.samples = samples;
        this.steps = steps;
        this.details = details;
        this.files = files;
        this.plans = plans;
        this.objections = objections;
        this.backups = backups;
        this.officers = officers;
        this.downloads = downloads;
        this.formErrors = formErrors;
    }

    @GetMapping
    String home() {
        return "redirect:/sampling/samples";
    }

    @GetMapping("/samples")
    String list(Actor me, @RequestParam(required = false) String state, @RequestParam(required = false) String result,
            @RequestParam(required = false) String q, Model model) {
        SampleState s = enumOf(SampleState.class, state);
        SampleResult r = enumOf(SampleResult.class, result);
        model.addAttribute("samples", samples.list(me, s, r, null, null, q));
        model.addAttribute("states", SampleState.values());
        model.addAttribute("state", s);
        model.addAttribute("result", r);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("mayRecord", !plans.toSampleUnder(me).isEmpty());
        return "sampling/samples";
    }

    @GetMapping("/samples/overdue")
    String overdue(Actor me, Model model) {
        model.addAttribute("overdue", samples.overdue(me));
        return "sampling/overdue";
    }

    /**
     * The sample form; from a drawn target of the plan's page ({@code drawId}, {@code entityId}: a current draw of the
     * plan) the entity, category, stage and the drawn samplers are filled in, the samplers not to be changed.
     */
    @GetMapping("/samples/new")
    String newForm(Actor me, @RequestParam(required = false) String planId,
            @RequestParam(required = false) String drawId, @RequestParam(required = false) String entityId,
            Model model) {
        me.require(Permission.SAMPLING_HANDLE);
        List<SamplingPlan> mine = plans.toSampleUnder(me);
        Long chosen = FormValues.toNumber(planId);
        SamplingPlan plan = mine.stream().filter(p -> chosen == null || p.id() == chosen).findFirst().orElse(null);
        Map<String, String> typed = new java.util.HashMap<>();
        typed.put("sampledOn", samples.today().toString());
        typed.put("entityRegionCode", me.unitRegionCode());
        typed.put("stage", plan == null || plan.stages().isEmpty() ? "" : plan.stages().iterator().next().name());
        typed.put("samplerIds", me.isSystem() ? "" : Long.toString(me.userId()));
        Long draw = FormValues.toNumber(drawId);
        Long entity = FormValues.toNumber(entityId);
        if (plan != null && draw != null && entity != null) {
            draws.currentDrawOf(plan.id(), draw, entity).ifPresent(d -> {
                SamplingDraw.Target t = d.target(entity).orElseThrow();
                typed.put("entityId", Long.toString(entity));
                typed.put("entityQuery", t.entityName());
                typed.put("category", d.category());
                if (d.stage() != null) {
                    typed.put("stage", d.stage().name());
                }
            });
        }
        return form(me, model, mine, plan, typed, Map.of());
    }

    @PostMapping(value = "/samples", consumes = "multipart/form-data")
    String create(Actor me, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) MultipartFile portionPhoto,
            @RequestParam(required = false) MultipartFile backupPhoto, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        FormValues f = new FormValues(params);
        SampleDraft draft = draft(f);
        SampleView saved;
        try {
            saved = samples.record(me, draft);
        } catch (InvalidInput e) {
            response.setStatus(422);
            List<SamplingPlan> mine = plans.toSampleUnder(me);
            SamplingPlan plan = mine.stream().filter(p -> draft.planId() != null && p.id() == draft.planId())
                    .findFirst().orElse(mine.isEmpty() ? null : mine.get(0));
            Map<String, String> typed = new java.util.HashMap<>(params.toSingleValueMap());
            typed.put("samplerIds", String.join(",", params.getOrDefault("samplerIds", List.of())));
            return form(me, model, mine, plan, typed, formErrors.of(e));
        }
        List<String> unsaved = new ArrayList<>();
        attach(me, saved.id(), SampleFile.Kind.PORTION_PHOTO, portionPhoto, unsaved);
        attach(me, saved.id(), SampleFile.Kind.BACKUP_PHOTO, backupPhoto, unsaved);
        redirect.addFlashAttribute("saved", saved.sample().number());
        if (!unsaved.isEmpty()) {
            redirect.addFlashAttribute("photoErrors", unsaved);
        }
        return "redirect:/sampling/samples/" + saved.id();
    }

    private void attach(Actor me, long id, SampleFile.Kind kind, MultipartFile photo, List<String> unsaved)
            throws IOException {
        SampleFiles.Upload upload = SamplingApi.upload(photo);
        if (upload == null) {
            return;
        }
        try {
            files.attach(me, id, kind, upload);
        } catch (InvalidInput e) {
            unsaved.add(formErrors.of(e).values().iterator().next());
        }
    }

    @GetMapping("/samples/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        return page(me, id, model, null, Map.of());
    }

    /** One step of the lifecycle, from its form on the sample's page; a refusal shows the page again with why. */
    @PostMapping(value = "/samples/{id}/actions/{action}", consumes = {"multipart/form-data",
            "application/x-www-form-urlencoded"})
    String act(Actor me, @PathVariable long id, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> params, @RequestParam(required = false) MultipartFile file,
            Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        SampleAction a = enumOf(SampleAction.class, action);
        if (a == null) {
            throw new org.shuangda.shared.NotFoundProblem("sampling_action", action);
        }
        FormValues f = new FormValues(params);
        try {
            switch (a) {
                case SEND -> steps.send(me, id, f.date("on"));
                case RECEIVE -> steps.receive(me, id, f.date("on"));
                case REPORT -> steps.report(me, id, report(f), SamplingApi.upload(file));
                case NOTIFY -> steps.serveNotice(me, id, new SampleSteps.NoticeForm(f.text("noticeNo"),
                        f.date("servedOn"), f.text("acknowledgedBy")));
                case REQUEST_RETEST -> steps.requestRetest(me, id, new SampleSteps.RetestRequest(f.date("requestedOn"),
                        f.text("applicant"), f.text("applicantUscc"), f.text("reason")));
                case ACCEPT_RETEST -> steps.acceptRetest(me, id, f.date("on"));
                case REFUSE_RETEST -> steps.refuseRetest(me, id, f.date("on"), f.text("refusal"));
                case DRAW_RETEST_LAB -> steps.drawRetestLab(me, id, f.text("entropy"), f.text("entropySource"));
                case RECEIVE_RETEST -> steps.receiveRetest(me, id, f.date("on"));
                case REPORT_RETEST -> steps.reportRetest(me, id, report(f), SamplingApi.upload(file));
                case CLOSE_RETEST_WINDOW -> steps.closeRetestWindow(me, id);
                case OBJECT -> objections.file(me, id, new Objections.ObjectionForm(f.text("kind"), f.date("filedOn"),
                        f.text("applicant"), f.text("content")));
            }
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(me, id, model, a, formErrors.of(e));
        }
        redirect.addFlashAttribute("done", a.name());
        return "redirect:/sampling/samples/" + id;
    }

    @PostMapping("/objections/{objectionId}/decision")
    String decide(Actor me, @PathVariable long objectionId, @RequestParam(required = false) Long sampleId,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String decision,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var o = objections.decide(me, objectionId, outcome, decision);
            redirect.addFlashAttribute("done", "OBJECTION_DECIDED");
            return "redirect:/sampling/samples/" + o.sampleId();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(me, sampleId == null ? -1 : sampleId, model, SampleAction.OBJECT, formErrors.of(e));
        }
    }

    @PostMapping("/samples/{id}/backup")
    String backup(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormValues f = new FormValues(params);
        try {
            if ("dispose".equals(f.text("step"))) {
                backups.dispose(me, id, f.date("disposedOn"), f.text("method"), f.integer("version"));
            } else {
                backups.move(me, id, f.text("location"), f.integer("version"));
            }
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(me, id, model, null, formErrors.of(e));
        }
        redirect.addFlashAttribute("done", "BACKUP");
        return "redirect:/sampling/samples/" + id;
    }

    @PostMapping(value = "/samples/{id}/files", consumes = "multipart/form-data")
    String addFile(Actor me, @PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        try {
            files.attach(me, id, enumOf(SampleFile.Kind.class, kind), SamplingApi.upload(file));
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(me, id, model, null, formErrors.of(e));
        }
        redirect.addFlashAttribute("done", "FILE");
        return "redirect:/sampling/samples/" + id;
    }

    @GetMapping("/samples/{id}/notice.docx")
    ResponseEntity<byte[]> notice(Actor me, @PathVariable long id, HttpServletRequest request) {
        return downloads.notice(me, id, request);
    }

    @GetMapping("/samples/{id}/record.docx")
    ResponseEntity<byte[]> record(Actor me, @PathVariable long id, HttpServletRequest request) {
        return downloads.record(me, id, request);
    }

    @GetMapping("/samples/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(Actor me, @PathVariable long id, @PathVariable long fileId,
            HttpServletRequest request) throws IOException {
        return downloads.file(me, id, fileId, request);
    }

    private String page(Actor me, long id, Model model, SampleAction refused, Map<String, String> errors) {
        SampleDetails.Detail d = details.of(me, id);
        model.addAttribute("d", d);
        model.addAttribute("s", d.sample());
        model.addAttribute("refused", refused);
        model.addAttribute("errors", errors);
        model.addAttribute("today", samples.today());
        model.addAttribute("mayHandle", me.can(Permission.SAMPLING_HANDLE)
                && me.scopeFor(Permission.SAMPLING_HANDLE).coversUnit(d.sample().unitPath(), d.sample().regionPath()));
        model.addAttribute("bureau", me.can(Permission.SAMPLING_VIEW));
        model.addAttribute("fileKinds", java.util.List.of(SampleFile.Kind.PORTION_PHOTO, SampleFile.Kind.BACKUP_PHOTO,
                SampleFile.Kind.ONLINE_EVIDENCE, SampleFile.Kind.NOTICE_RECEIPT));
        return "sampling/sample";
    }

    private String form(Actor me, Model model, List<SamplingPlan> mine, SamplingPlan plan, Map<String, String> typed,
            Map<String, String> errors) {
        model.addAttribute("plans", mine);
        model.addAttribute("plan", plan);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        List<Officer> samplers = plan == null ? List.of() : officers.ofUnit(plan.unitId()).stream()
                .filter(o -> o.enabled() && o.holds(Permission.SAMPLING_HANDLE)).toList();
        model.addAttribute("samplers", samplers);
        model.addAttribute("labs", plan == null ? List.of() : plan.labIds());
        // a target of the plan's current draw: its samplers are the drawn ones, shown and sent, not ticked
        model.addAttribute("drawnTarget", plan == null ? null
                : draws.offered(plan.id(), typed.get("category"), FormValues.toNumber(typed.get("entityId")))
                        .orElse(null));
        return "sampling/sample-form";
    }

    private static SampleDraft draft(FormValues f) {
        List<Long> samplerIds = f.numbers("samplerIds");
        Sample.Online online = f.text("onlineShop") == null && f.text("onlineOrderNo") == null ? null
                : new Sample.Online(f.text("onlinePlatform"), f.text("onlineShop"), f.text("onlineAccount"),
                        f.text("onlineOrderNo"), f.text("onlineAddress"), f.text("onlineUrl"));
        return new SampleDraft(f.number("planId"), f.text("category"), f.text("stage"), f.number("entityId"),
                f.text("entityName"), f.text("entityUscc"), f.text("entityAddress"), f.text("entityRegionCode"), online,
                f.date("sampledOn"), f.text("place"), samplerIds, f.text("seals"), f.text("productName"),
                f.text("brand"), f.text("spec"), f.text("batchNo"), f.date("producedOn"), f.date("expiresOn"),
                f.text("quantity"), f.decimal("pricePaid"), f.text("producerName"), f.text("producerAddress"),
                f.text("producerUscc"), f.text("producerRegionCode"), f.text("testPortion"), f.text("backupPortion"),
                f.text("backupLocation"), f.number("labId"));
    }

    private static SampleSteps.ReportForm report(FormValues f) {
        return new SampleSteps.ReportForm(f.text("result"), f.all("failedItems"), f.checked("microbiological"),
                f.text("reportNo"), f.date("concludedOn"), f.date("reportedOn"));
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
