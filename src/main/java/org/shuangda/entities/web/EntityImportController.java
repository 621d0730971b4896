package org.shuangda.entities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.shuangda.entities.EntityDraft;
import org.shuangda.entities.EntityImports;
import org.shuangda.entities.EntityType;
import org.shuangda.entities.ImportBatch;
import org.shuangda.entities.ImportColumn;
import org.shuangda.entities.ImportRow;
import org.shuangda.entities.ImportTemplate;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import pages: upload → preview (rows with errors, each fixable in place with htmx) → commit. Stable ids for
 * browser tests: {@code #import-template}, {@code #import-file}, {@code #import-upload}, {@code #import-error},
 * {@code #import-summary}, {@code #row-N} (N = the sheet's row number) with {@code #row-N-edit}, the inline
 * form's {@code #row-N-save}, and {@code #import-commit}.
 */
@Controller
@RequestMapping("/entities/import")
class EntityImportController {

    private final EntityImports imports;
    private final FormErrors formErrors;

    EntityImportController(EntityImports imports, FormErrors formErrors) {
        this.imports = imports;
        this.formErrors = formErrors;
    }

    @GetMapping
    String uploadForm(Actor me, Model model) {
        me.require(Permission.ENTITY_IMPORT);
        return uploadPage(model, null);
    }

    @GetMapping("/template.xlsx")
    void template(Actor me, HttpServletResponse response) throws IOException {
        me.require(Permission.ENTITY_IMPORT);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("市场主体导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString());
        ImportTemplate.write(response.getOutputStream(), imports.maxRows());
    }

    @PostMapping
    String upload(Actor me, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank())) {
                throw new InvalidInput("file", "entity.import.error.noFile");
            }
            ImportBatch batch;
            try (InputStream in = file.getInputStream()) {
                batch = imports.upload(me, file.getOriginalFilename(), in);
            }
            return "redirect:/entities/import/" + batch.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return uploadPage(model, String.join(" ", formErrors.of(e).values()));
        }
    }

    @GetMapping("/{batchId}")
    String preview(Actor me, @PathVariable long batchId, @RequestParam(defaultValue = "1") int page, Model model) {
        return previewPage(me, model, imports.batch(me, batchId), page, null);
    }

    @GetMapping("/{batchId}/rows/{rowNo}/edit")
    String editRow(Actor me, @PathVariable long batchId, @PathVariable int rowNo, Model model) {
        return rowFragment(model, batchId, imports.row(me, batchId, rowNo), true);
    }

    @GetMapping("/{batchId}/rows/{rowNo}")
    String showRow(Actor me, @PathVariable long batchId, @PathVariable int rowNo, Model model) {
        return rowFragment(model, batchId, imports.row(me, batchId, rowNo), false);
    }

    /**
     * Saves the corrected row and answers it (in edit mode again while still wrong); the {@code HX-Trigger}
     * makes the summary (counts, commit button) reload itself.
     */
    @PostMapping("/{batchId}/rows/{rowNo}")
    String fixRow(Actor me, @PathVariable long batchId, @PathVariable int rowNo, @ModelAttribute EntityDraft draft,
            Model model, HttpServletResponse response) {
        ImportRow row = imports.fixRow(me, batchId, rowNo, draft);
        response.setHeader("HX-Trigger", "import-row-fixed");
        return rowFragment(model, batchId, row, !row.valid());
    }

    @GetMapping("/{batchId}/summary")
    String summary(Actor me, @PathVariable long batchId, Model model) {
        model.addAttribute("batch", imports.batch(me, batchId));
        model.addAttribute("error", null);
        return "entities/preview :: summary";
    }

    @PostMapping("/{batchId}/commit")
    String commit(Actor me, @PathVariable long batchId, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            int imported = imports.commit(me, batchId);
            redirect.addFlashAttribute("imported", imported);
            return "redirect:/entities";
        } catch (InvalidInput e) {
            response.setStatus(422);
            String message = String.join(" ", formErrors.of(e).values());
            return previewPage(me, model, imports.batch(me, batchId), 1, message);
        }
    }

    private String uploadPage(Model model, String error) {
        model.addAttribute("error", error);
        model.addAttribute("maxMegabytes", 20);
        model.addAttribute("maxRows", imports.maxRows());
        return "entities/import";
    }

    private String previewPage(Actor me, Model model, ImportBatch batch, int page, String error) {
        model.addAttribute("batch", batch);
        model.addAttribute("batchId", batch.id());
        model.addAttribute("rows", imports.errorRows(me, batch.id(), page));
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("pageSize", EntityImports.PREVIEW_PAGE_SIZE);
        model.addAttribute("error", error);
        model.addAttribute("columns", ImportColumn.values());
        return "entities/preview";
    }

    private String rowFragment(Model model, long batchId, ImportRow row, boolean editing) {
        model.addAttribute("batchId", batchId);
        model.addAttribute("row", row);
        model.addAttribute("columns", ImportColumn.values());
        model.addAttribute("types", EntityType.values());
        model.addAttribute("showOverride", row.usccOverride() || row.problems().stream()
                .anyMatch(p -> p.code().equals("entity.error.uscc.check")));
        return editing ? "entities/preview :: editRow" : "entities/preview :: row";
    }
}
