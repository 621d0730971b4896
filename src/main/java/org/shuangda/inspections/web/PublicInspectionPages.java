package org.shuangda.inspections.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.shuangda.inspections.draw.PublicInspections;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public side of 双随机、一公开, without signing in: plans and tasks, a task's current draw, and the verification
 * page that recomputes a draw on the server (pool hash, seed from the published entropy, result hash) and offers the
 * command-line verifier ({@code java Verifier.java inputs.json}; the file is {@code tools/verifier/Verifier.java},
 * copied to the classpath). The inputs.json carries every pooled entity's risk grade, and risk grades are never
 * published (不公开, 国市监信发〔2022〕6号), so it is downloaded by signed-in staff who see the task (an upper level, an
 * auditor), not by the public. Downloads are audited as exports.
 */
@Controller
class PublicInspectionPages {

    static final String VERIFIER = "/inspections/Verifier.java";
    private static final Actor PUBLIC = Actor.system("公众");

    private final PublicInspections inspections;
    private final org.shuangda.inspections.draw.Results results;
    private final ExportAudit exports;
    private final org.shuangda.inspections.draw.Draws draws;

    PublicInspectionPages(PublicInspections inspections, org.shuangda.inspections.draw.Results results,
            ExportAudit exports, org.shuangda.inspections.draw.Draws draws) {
        this.draws = draws;
        this.inspections = inspections;
        this.results = results;
        this.exports = exports;
    }

    @GetMapping("/public/inspections")
    String index(Model model) {
        model.addAttribute("plans", inspections.plans());
        model.addAttribute("tasks", inspections.tasks());
        model.addAttribute("results", results.published(200));
        return "inspections/public-index";
    }

    @GetMapping("/public/inspections/tasks/{id}")
    String task(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("t", inspections.task(id, page));
        return "inspections/public-task";
    }

    @GetMapping("/public/inspections/draws/{id}/verify")
    String verify(@PathVariable long id, Model model) {
        model.addAttribute("v", inspections.verify(id));
        return "inspections/public-verify";
    }

    /** The draw's inputs with the pool's grades: for signed-in staff whose scope reaches the task (404 otherwise). */
    @GetMapping("/inspections/draws/{id}/inputs.json")
    ResponseEntity<byte[]> inputs(Actor me, @PathVariable long id, HttpServletRequest request) {
        draws.get(me, id);
        byte[] json = inspections.inputsJson(id).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String name = "inputs-" + id + ".json";
        exports.exported(me, "inspection_draw", id, name, request);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(json);
    }

    @GetMapping("/public/inspections/Verifier.java")
    ResponseEntity<byte[]> verifier(HttpServletRequest request) throws IOException {
        byte[] source;
        try (InputStream in = PublicInspectionPages.class.getResourceAsStream(VERIFIER)) {
            source = in.readAllBytes();
        }
        exports.exported(PUBLIC, "inspection_verifier", null, "Verifier.java", request);
        return ResponseEntity.ok().contentType(new MediaType("text", "x-java-source", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("Verifier.java").build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff").body(source);
    }
}
