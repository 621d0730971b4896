package org.shuangda.credit.record.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.shuangda.credit.record.RestorationAction;
import org.shuangda.credit.record.RestorationStatus;
import org.shuangda.credit.record.Restorations;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's side of credit restoration: the applications of the unit's penalties, one page per application. */
@Controller
class RestorationPages {

    private final Restorations restorations;
    private final FormErrors formErrors;
    private final ExportAudit exports;

    RestorationPages(Restorations restorations, FormErrors formErrors, ExportAudit exports) {
        this.restorations = restorations;
        this.formErrors = formErrors;
        this.exports = exports;
    }

    @GetMapping("/credit/restorations")
    String list(Actor me, @RequestParam(required = false) RestorationStatus status, Model model) {
        model.addAttribute("rows", restorations.list(me, status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", RestorationStatus.values());
        model.addAttribute("today", restorations.today());
        return "credit/restorations";
    }

    @GetMapping("/credit/restorations/{id}")
    String detail(Actor me, @PathVariable long id, Model model) {
        return page(me, id, model, Map.of(), null);
    }

    @PostMapping("/credit/restorations/{id}/{action}")
    String step(Actor me, @PathVariable long id, @PathVariable String action,
            @RequestParam(required = false) String missingPapers, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String approval, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        RestorationAction a;
        try {
            a = RestorationApi.parse(action);
            RestorationSteps.run(restorations, me, id, a, missingPapers, reason, approval);
        } catch (InvalidInput e) {
            response.setStatus(422);
            return page(me, id, model, formErrors.of(e), action);
        }
        redirect.addFlashAttribute("notice", "credit.restoration.notice." + a.name());
        return "redirect:/credit/restorations/" + id;
    }

    @GetMapping("/credit/restorations/{id}/papers/{paper}")
    ResponseEntity<Resource> paper(Actor me, @PathVariable long id, @PathVariable long paper,
            HttpServletRequest request) {
        Restorations.PaperFile file = restorations.paper(me, id, paper);
        exports.exported(me, "credit-restoration-paper", paper, file.paper().name(), request);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.paper().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.paper().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file.path()));
    }

    private String page(Actor me, long id, Model model, Map<String, String> errors, String failed) {
        var details = restorations.get(me, id);
        model.addAttribute("d", details);
        model.addAttribute("r", details.restoration());
        List<RestorationAction> actions = Arrays.stream(RestorationAction.values())
                .filter(a -> details.restoration().allows(me, a.name())).toList();
        model.addAttribute("actions", actions);
        model.addAttribute("today", restorations.today());
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        return "credit/restoration";
    }
}
