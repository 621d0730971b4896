package org.shuangda.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.assessment.FigureCatalog;
import org.shuangda.assessment.ItemKind;
import org.shuangda.assessment.RunView;
import org.shuangda.assessment.Runs;
import org.shuangda.assessment.Scheme;
import org.shuangda.assessment.Scores;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.http.MediaType;
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
import tools.jackson.databind.json.JsonMapper;
import org.shuangda.shared.web.Downloads;

/**
 * One assessed unit's run on the web: every item with its self-assessment, computed score and the figures beside it
 * (with a link to the records where the reader may open them), 初评 and 复评, the evidence files, the appeals; a form
 * or button for each step the reader may take now ({@link RunView#actions()}), and the score as a radar chart.
 */
@Controller
@RequestMapping("/assessment/runs")
class RunPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Runs runs;
    private final FormErrors formErrors;
    private final ExportAudit exports;

    RunPages(Runs runs, FormErrors formErrors, ExportAudit exports) {
        this.runs = runs;
        this.formErrors = formErrors;
        this.exports = exports;
    }

    @GetMapping("/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        return page(me, runs.get(me, id), Map.of(), model);
    }

    /** Saves the self-assessment; with {@code submit}, hands it in as well. */
    @PostMapping("/{id}/self")
    String self(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> {
            RunView v = runs.get(me, id);
            runs.selfAssess(me, id, scores(v, params, false));
            if (params.containsKey("submit")) {
                runs.submit(me, id);
            }
        }, params.containsKey("submit") ? "assessment.page.submitted" : "assessment.page.saved");
    }

    @PostMapping("/{id}/review/{stage}")
    String review(Actor me, @PathVariable long id, @PathVariable String stage,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        boolean second = "second".equals(stage);
        return step(me, id, model, redirect, () -> {
            RunView v = runs.get(me, id);
            runs.score(me, id, second, scores(v, params, true));
            if (params.containsKey("finish")) {
                if (second) {
                    runs.releaseDraft(me, id);
                } else {
                    runs.finishFirst(me, id);
                }
            }
        }, "assessment.page.saved");
    }

    @PostMapping("/{id}/submit")
    String submit(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> runs.submit(me, id), "assessment.page.submitted");
    }

    @PostMapping("/{id}/return")
    String returnToUnit(Actor me, @PathVariable long id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> runs.returnToUnit(me, id, reason), "assessment.page.returned");
    }

    @PostMapping("/{id}/finish-first")
    String finishFirst(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> runs.finishFirst(me, id), "assessment.page.saved");
    }

    @PostMapping("/{id}/release")
    String release(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> runs.releaseDraft(me, id), "assessment.page.released");
    }

    @PostMapping("/{id}/appeals")
    String appeal(Actor me, @PathVariable long id, @RequestParam(required = false) String itemId,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> runs.appeal(me, id, FormValues.number(itemId), reason),
                "assessment.page.appealed");
    }

    @PostMapping("/{id}/accept")
    String accept(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> runs.acceptDraft(me, id), "assessment.page.accepted");
    }

    @PostMapping("/{id}/appeals/{appealId}/decision")
    String decide(Actor me, @PathVariable long id, @PathVariable long appealId,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String points,
            @RequestParam(required = false) String veto, @RequestParam(required = false) String decision, Model model,
            RedirectAttributes redirect) {
        boolean uphold = "UPHOLD".equals(outcome);
        return step(me, id, model, redirect, () -> runs.decideAppeal(me, id, appealId, uphold,
                FormValues.decimal(points), veto == null ? Boolean.FALSE : Boolean.TRUE, decision),
                "assessment.page.decided");
    }

    @PostMapping("/{id}/finalise")
    String finalise(Actor me, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> runs.finalise(me, id), "assessment.page.finalised");
    }

    @PostMapping("/{id}/evidence")
    String evidence(Actor me, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title, @RequestParam(name = "itemIds", required = false)
            List<String> itemIds, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> runs.addEvidence(me, id, title, ids(itemIds), upload(file)),
                "assessment.page.evidenceAdded");
    }

    @PostMapping("/{id}/evidence/{evidenceId}/versions")
    String version(Actor me, @PathVariable long id, @PathVariable long evidenceId,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> runs.addEvidenceVersion(me, id, evidenceId, upload(file)),
                "assessment.page.evidenceAdded");
    }

    @PostMapping("/{id}/evidence/{evidenceId}/items")
    String link(Actor me, @PathVariable long id, @PathVariable long evidenceId,
            @RequestParam(name = "itemIds", required = false) List<String> itemIds, Model model,
            RedirectAttributes redirect) {
        return step(me, id, model, redirect, () -> runs.linkEvidence(me, id, evidenceId, ids(itemIds)),
                "assessment.page.saved");
    }

    @GetMapping("/{id}/evidence/{evidenceId}/file")
    ResponseEntity<byte[]> file(Actor me, @PathVariable long id, @PathVariable long evidenceId,
            @RequestParam(required = false) Integer version, HttpServletRequest request) throws IOException {
        Runs.StoredFile f = runs.evidenceFile(me, id, evidenceId, version);
        byte[] content = Files.readAllBytes(f.path());
        return Downloads.attachment(me, exports, request, "assessment_evidence", evidenceId,
                MediaType.parseMediaType(f.version().contentType()), f.version().fileName(), content);
    }

    private String step(Actor me, long id, Model model, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/assessment/runs/" + id;
        } catch (InvalidInput e) {
            return page(me, runs.get(me, id), formErrors.of(e), model);
        }
    }

    private String page(Actor me, RunView v, Map<String, String> errors, Model model) {
        model.addAttribute("v", v);
        model.addAttribute("run", v.run());
        model.addAttribute("scheme", v.scheme());
        model.addAttribute("errors", errors);
        model.addAttribute("today", runs.today());
        Map<String, String> links = new LinkedHashMap<>();
        for (FigureCatalog.Source s : FigureCatalog.Source.values()) {
            s.linkFor(me).ifPresent(href -> links.put(s.name(), href));
        }
        model.addAttribute("sourceLinks", links);
        Map<String, String> sourceOf = new LinkedHashMap<>();
        FigureCatalog.all().forEach(f -> sourceOf.put(f.code(), f.source().name()));
        model.addAttribute("sourceOf", sourceOf);
        model.addAttribute("chart", v.card() == null ? null : chart(v));
        model.addAttribute("tree", SchemeTree.rows(v.scheme()));
        Map<Long, org.shuangda.assessment.Run.RunItem> items = new LinkedHashMap<>();
        v.run().items().forEach(i -> items.put(i.itemId(), i));
        model.addAttribute("items", items);
        Map<Long, org.shuangda.assessment.Run.Appeal> appeals = new LinkedHashMap<>();
        v.run().appeals().forEach(a -> appeals.put(a.itemId(), a));
        model.addAttribute("appeals", appeals);
        model.addAttribute("appealable", v.scheme().items().stream()
                .filter(i -> !appeals.containsKey(i.id())).toList());
        return "assessment/run";
    }

    /** The radar's data: each top category's share of its points, in percent. */
    private static String chart(RunView v) {
        List<Map<String, Object>> axes = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        v.card().byTopCategory(v.scheme()).forEach((name, sums) -> {
            if (sums[1].signum() > 0) {
                axes.add(Map.of("name", name, "max", 100));
                values.add(sums[0].multiply(BigDecimal.valueOf(100)).divide(sums[1], 1, java.math.RoundingMode.HALF_UP));
            }
        });
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", v.run().targetName());
        data.put("axes", axes);
        data.put("values", values);
        return JSON.writeValueAsString(data);
    }

    /** The table's inputs {@code p<item>}, {@code v<item>} (veto), {@code n<item>} for the items shown. */
    private static Scores scores(RunView v, MultiValueMap<String, String> params, boolean review) {
        List<Scores.Entry> entries = new ArrayList<>();
        for (Scheme.Item item : v.scheme().items()) {
            String key = String.valueOf(item.id());
            boolean present = params.containsKey("p" + key) || params.containsKey("n" + key)
                    || params.containsKey("vx" + key);
            if (!present || item.kind() == ItemKind.COMPUTED) {
                continue;
            }
            BigDecimal points = FormValues.decimal(params.getFirst("p" + key));
            Boolean veto = item.kind() == ItemKind.VETO ? params.containsKey("v" + key) : null;
            if (review && item.kind() != ItemKind.VETO && points == null) {
                continue; // a reviewer leaves an item open until he scores it
            }
            entries.add(new Scores.Entry(item.id(), item.kind() == ItemKind.VETO ? null : points, veto,
                    params.getFirst("n" + key)));
        }
        return new Scores(entries, FormValues.integer(params.getFirst("version")));
    }

    private static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            Long id = FormValues.number(v);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Runs.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            throw new InvalidInput("file", "error.required");
        }
        try {
            return new Runs.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream());
        } catch (IOException e) {
            throw new InvalidInput("file", "error.upload.malformed");
        }
    }
}
