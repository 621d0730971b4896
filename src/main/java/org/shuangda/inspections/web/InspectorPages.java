package org.shuangda.inspections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shuangda.inspections.draw.Inspector;
import org.shuangda.inspections.draw.Inspectors;
import org.shuangda.inspections.draw.Specialty;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 执法检查人员名录库: the pool as the reader's scope reaches it, and each officer's certificate and specialties. */
@Controller
@Tag(name = "Inspections (双随机)")
class InspectorPages {

    private final Inspectors inspectors;
    private final FormErrors formErrors;

    InspectorPages(Inspectors inspectors, FormErrors formErrors) {
        this.inspectors = inspectors;
        this.formErrors = formErrors;
    }

    @GetMapping("/inspections/inspectors")
    String list(Actor me, Model model) {
        return page(me, model, null, Map.of());
    }

    @PostMapping("/inspections/inspectors/{officerId}")
    String save(Actor me, @PathVariable long officerId, @RequestParam(required = false) String certificateNo,
            @RequestParam(required = false) LocalDate certificateUntil,
            @RequestParam(required = false) List<String> specialties, @RequestParam(required = false) Integer version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            inspectors.save(me, officerId, new Inspectors.InspectorForm(certificateNo, certificateUntil, specialties,
                    version));
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(me, model, officerId, formErrors.of(e));
        }
        redirect.addFlashAttribute("notice", "inspection.notice.inspectorSaved");
        return "redirect:/inspections/inspectors#inspector-" + officerId;
    }

    @GetMapping("/api/v1/inspections/inspectors")
    @ResponseBody
    @Operation(summary = "The inspector pool in scope: officers holding INSPECTION_HANDLE (from identity) with their "
            + "enforcement certificate and specialties; a lapsed certificate keeps the officer out of new pools")
    List<Inspector> api(Actor me) {
        return inspectors.list(me);
    }

    @PutMapping("/api/v1/inspections/inspectors/{officerId}")
    @ResponseBody
    @Operation(summary = "Records an officer's certificate (number, valid until) and specialties (INSPECTION_SETTINGS "
            + "over the officer's unit); 422 naming the field; a stale version answers 422 on version")
    Inspector apiSave(Actor me, @PathVariable long officerId, @RequestBody Inspectors.InspectorForm form) {
        return inspectors.save(me, officerId, form);
    }

    private String page(Actor me, Model model, Long failed, Map<String, String> errors) {
        model.addAttribute("inspectors", inspectors.list(me));
        model.addAttribute("specialties", Specialty.values());
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        return "inspections/inspectors";
    }
}
