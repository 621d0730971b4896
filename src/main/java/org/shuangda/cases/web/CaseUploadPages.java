package org.shuangda.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.shuangda.cases.CaseAttachments;
import org.shuangda.cases.CaseDocument;
import org.shuangda.cases.CaseDocuments;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evidence uploads from the case page, and the document templates page (CASE_SETTINGS). */
@Controller
class CaseUploadPages {

    private final CaseAttachments attachments;
    private final CaseDocuments documents;
    private final FormErrors formErrors;
    private final org.shuangda.organization.Regions regions;

    CaseUploadPages(CaseAttachments attachments, CaseDocuments documents, FormErrors formErrors,
            org.shuangda.organization.Regions regions) {
        this.attachments = attachments;
        this.documents = documents;
        this.formErrors = formErrors;
        this.regions = regions;
    }

    @PostMapping("/cases/{id}/attachments")
    String upload(Actor me, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "attachment.empty");
            }
            attachments.add(me, id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("uploadErrors", formErrors.of(e));
        }
        return "redirect:/cases/" + id;
    }

    @GetMapping("/cases/templates")
    String templates(Actor me, Model model) {
        me.require(Permission.CASE_SETTINGS);
        model.addAttribute("documents", CaseDocument.values());
        // say whose version an upload becomes (Configurable.CASE_DOCUMENT_TEMPLATE: the uploader's own level)
        org.shuangda.shared.ConfigOwner owner = org.shuangda.shared.Configurable.CASE_DOCUMENT_TEMPLATE.ownLevel(me);
        model.addAttribute("ownerRegion", owner.national() ? null : regions.find(owner.regionCode())
                .map(org.shuangda.organization.Region::name).orElse(owner.regionCode()));
        return "cases/templates";
    }

    @GetMapping("/cases/templates/{document}")
    @ResponseBody
    ResponseEntity<byte[]> template(Actor me, @PathVariable CaseDocument document) {
        return CaseFiles.download(document.title() + "-模板.docx", CaseFiles.DOCX)
                .body(documents.template(me, document));
    }

    @PostMapping("/cases/templates/{document}")
    String replace(Actor me, @PathVariable CaseDocument document, @RequestParam(required = false) MultipartFile file,
            HttpServletResponse response, Model model) throws IOException {
        // checked first, so that someone without the right sees 403 rather than errors about the file
        me.require(Permission.CASE_SETTINGS);
        try {
            if (file == null || file.isEmpty() || file.getSize() > 5L * 1024 * 1024) {
                throw new InvalidInput("file", "case.invalid.template");
            }
            documents.replaceTemplate(me, document, file.getBytes());
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("errors", formErrors.of(e));
            return templates(me, model);
        }
        return "redirect:/cases/templates";
    }
}
