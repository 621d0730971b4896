package org.shuangda.inspections.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuangda.inspections.draw.InspectionItem;
import org.shuangda.inspections.draw.InspectionResult;
import org.shuangda.inspections.draw.ResultPhotos;
import org.shuangda.inspections.draw.ResultCode;
import org.shuangda.inspections.draw.ResultDraft;
import org.shuangda.inspections.draw.Results;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.Downloads;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Results: the drawn inspector's phone-sized list of targets and the result form (each checklist point, the
 * national result code, signature, whether enforcement is needed, photos taken on the spot); one result with its
 * photos; the office's list with the publication clock.
 */
@Controller
class ResultPages {

    private final Results results;
    private final ResultPhotos resultPhotos;
    private final FormErrors formErrors;
    private final ExportAudit exports;

    ResultPages(Results results, ResultPhotos resultPhotos, FormErrors formErrors, ExportAudit exports) {
        this.results = results;
        this.resultPhotos = resultPhotos;
        this.formErrors = formErrors;
        this.exports = exports;
    }

    @GetMapping("/inspections/my")
    String mine(Actor me, Model model) {
        model.addAttribute("assignments", results.assignments(me));
        return "inspections/my";
    }

    @GetMapping("/inspections/results/new")
    String form(Actor me, @RequestParam long drawId, @RequestParam long entityId, Model model,
            HttpServletResponse response) {
        return formPage(me, drawId, entityId, model, Map.of(), response);
    }

    @PostMapping("/inspections/results")
    String record(Actor me, @RequestParam long drawId, @RequestParam long entityId,
            @RequestParam(required = false) String code, @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean signed,
            @RequestParam(defaultValue = "false") boolean needsEnforcement,
            @RequestParam(required = false) LocalDate inspectedOn, @RequestParam Map<String, String> form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        List<ResultDraft.PointOutcome> points = new ArrayList<>();
        for (int i = 0; form.containsKey("point_" + i); i++) {
            points.add(new ResultDraft.PointOutcome(form.get("point_" + i), form.get("outcome_" + i),
                    form.get("pointNote_" + i)));
        }
        try {
            resultPhotos.record(me, drawId, entityId, new ResultDraft(code, points, note, signed, needsEnforcement,
                    inspectedOn), uploads(photos));
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("typed", form); // the form comes back as typed (photos must be chosen again)
            return formPage(me, drawId, entityId, model, formErrors.of(e), response);
        }
        redirect.addFlashAttribute("notice", "inspection.notice.resultRecorded");
        return "redirect:/inspections/my";
    }

    private String formPage(Actor me, long drawId, long entityId, Model model, Map<String, String> errors,
            HttpServletResponse response) {
        var assignment = results.assignments(me).stream()
                .filter(a -> a.drawId() == drawId && a.entityId() == entityId).findFirst();
        if (assignment.isEmpty()) {
            throw new InvalidInput("inspector", "inspection.error.notDrawnInspector");
        }
        List<String> points = new ArrayList<>();
        for (InspectionItem i : results.checklist(me, drawId, entityId)) {
            points.addAll(i.checklist());
        }
        model.addAttribute("a", assignment.get());
        model.addAttribute("points", points.stream().distinct().toList());
        model.addAttribute("codes", ResultCode.values());
        model.addAttribute("today", results.today());
        model.addAttribute("errors", errors);
        return "inspections/result-form";
    }

    @GetMapping("/inspections/results")
    String list(Actor me, @RequestParam(defaultValue = "false") boolean unpublished, Model model) {
        model.addAttribute("results", results.list(me, unpublished));
        model.addAttribute("unpublished", unpublished);
        model.addAttribute("today", results.today());
        return "inspections/results";
    }

    @GetMapping("/inspections/results/{id}")
    String result(Actor me, @PathVariable long id, Model model) {
        return resultPage(me, id, model, Map.of());
    }

    @PostMapping("/inspections/results/{id}/photos")
    String addPhotos(Actor me, @PathVariable long id,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            resultPhotos.attach(me, id, uploads(photos));
        } catch (InvalidInput e) {
            response.setStatus(422);
            return resultPage(me, id, model, formErrors.of(e));
        }
        redirect.addFlashAttribute("notice", "inspection.notice.photosAdded");
        return "redirect:/inspections/results/" + id;
    }

    @GetMapping({"/inspections/results/{id}/photos/{photo}", "/api/v1/inspections/results/{id}/photos/{photo}"})
    ResponseEntity<byte[]> photo(Actor me, @PathVariable long id, @PathVariable long photo,
            HttpServletRequest request) {
        ResultPhotos.PhotoFile file = resultPhotos.file(me, id, photo);
        return Downloads.attachment(me, exports, request, "inspection_result_photo", photo,
                MediaType.parseMediaType(file.photo().contentType()), file.photo().name(), file.content());
    }

    private String resultPage(Actor me, long id, Model model, Map<String, String> errors) {
        InspectionResult result = resultPhotos.readable(me, id);
        model.addAttribute("r", result);
        model.addAttribute("photos", resultPhotos.list(me, id));
        // the button only for one of the result's drawn inspectors, before publication (what attach accepts)
        model.addAttribute("mayAddPhotos", !result.published() && me.can(Permission.INSPECTION_HANDLE)
                && results.assignments(me).stream()
                        .anyMatch(a -> a.drawId() == result.drawId() && a.entityId() == result.entityId()));
        model.addAttribute("errors", errors);
        return "inspections/result";
    }

    private static List<ResultPhotos.Upload> uploads(List<MultipartFile> photos) throws IOException {
        List<ResultPhotos.Upload> out = new ArrayList<>();
        for (MultipartFile f : photos == null ? List.<MultipartFile>of() : photos) {
            if (!f.isEmpty()) {
                out.add(new ResultPhotos.Upload(f.getOriginalFilename(), f.getInputStream()));
            }
        }
        return out;
    }

    @PostMapping("/inspections/results/{id}/publish")
    String publish(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        results.publish(me, id);
        redirect.addFlashAttribute("notice", "inspection.notice.resultPublished");
        return "redirect:/inspections/results";
    }
}
