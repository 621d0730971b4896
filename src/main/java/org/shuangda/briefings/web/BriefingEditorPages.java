package org.shuangda.briefings.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.shuangda.briefings.Briefing;
import org.shuangda.briefings.BriefingAction;
import org.shuangda.briefings.Briefings;
import org.shuangda.briefings.Paragraph;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.ExportAudit;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One document: the office edits a draft paragraph by paragraph (rows added and removed server-side, no
 * script), previews it as printed and issues it; an issued document, or a draft for anyone else, is shown
 * read-only (drafts are "not found" outside the office, as in the service).
 */
@Controller
@RequestMapping("/briefings/{id}")
class BriefingEditorPages {

    private final Briefings briefings;
    private final Campaigns campaigns;
    private final FormErrors formErrors;
    private final ExportAudit exports;

    BriefingEditorPages(Briefings briefings, Campaigns campaigns, FormErrors formErrors, ExportAudit exports) {
        this.exports = exports;
        this.briefings = briefings;
        this.campaigns = campaigns;
        this.formErrors = formErrors;
    }

    @GetMapping
    String show(Actor me, @PathVariable long id, Model model) {
        Briefing briefing = briefings.get(me, id);
        return page(me, briefing, briefing.paragraphs(), briefing.version(), model, Map.of());
    }

    /** Saves; or, with {@code preview}, {@code more}, {@code remove} or {@code insertAfter}, only re-shows. */
    @PostMapping
    String save(Actor me, @PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Briefing briefing = briefings.get(me, id);
        List<Paragraph> submitted = BriefingForm.paragraphs(params);
        Integer version = BriefingForm.version(params.getFirst("version"));
        int shownVersion = version == null ? briefing.version() : version;
        if (params.containsKey("preview")) {
            model.addAttribute("preview", true);
            return page(me, briefing, submitted, shownVersion, model, Map.of());
        }
        if (params.containsKey("more") || params.containsKey("remove") || params.containsKey("insertAfter")) {
            return page(me, briefing, BriefingForm.rearranged(submitted, params), shownVersion, model, Map.of());
        }
        try {
            // a missing or garbled version must not mean "overwrite whatever is there"
            briefings.update(me, id, version == null ? -1 : version, submitted);
            redirect.addFlashAttribute("notice", "briefings.page.saved");
            return "redirect:/briefings/" + id;
        } catch (InvalidInput e) {
            return page(me, briefing, submitted, shownVersion, model, formErrors.of(e));
        }
    }

    @PostMapping("/issue")
    String issue(Actor me, @PathVariable long id, @RequestParam(required = false) String docNumber, Model model,
            RedirectAttributes redirect) {
        try {
            briefings.issue(me, id, docNumber);
            redirect.addFlashAttribute("notice", "briefings.page.issued");
            return "redirect:/briefings/" + id;
        } catch (InvalidInput e) {
            Briefing briefing = briefings.get(me, id);
            model.addAttribute("docNumber", docNumber);
            return page(me, briefing, briefing.paragraphs(), briefing.version(), model, formErrors.of(e));
        }
    }

    @GetMapping("/docx")
    ResponseEntity<byte[]> docx(Actor me, @PathVariable long id, HttpServletRequest request) {
        return DocxDownload.of(briefings.get(me, id), briefings.docx(me, id), me, exports, request);
    }

    private String page(Actor me, Briefing briefing, List<Paragraph> rows, int version, Model model,
            Map<String, String> errors) {
        model.addAttribute("briefing", briefing);
        model.addAttribute("campaign", campaigns.get(me, briefing.campaignId()));
        model.addAttribute("rows", rows);
        model.addAttribute("version", version);
        List<BriefingAction> actions = briefings.actionsFor(me, briefing);
        model.addAttribute("actions", actions);
        model.addAttribute("editable", actions.contains(BriefingAction.EDIT)); // else the page shows the text only
        model.addAttribute("styles", Paragraph.Style.values());
        model.addAttribute("errors", errors);
        return "briefings/document";
    }
}
