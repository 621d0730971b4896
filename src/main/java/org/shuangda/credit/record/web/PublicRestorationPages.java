package org.shuangda.credit.record.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.shuangda.credit.record.Restorations;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public side of credit restoration (no sign-in): the application form with its papers, and following an
 * application by number and query code, where missing papers are sent.
 */
@Controller
class PublicRestorationPages {

    private final Restorations restorations;
    private final FormErrors formErrors;

    PublicRestorationPages(Restorations restorations, FormErrors formErrors) {
        this.restorations = restorations;
        this.formErrors = formErrors;
    }

    @GetMapping(value = "/public/credit/restoration", produces = "text/html")
    String form(Model model) {
        model.addAttribute("form", new Restorations.Application(null, null, null, null, null));
        model.addAttribute("errors", Map.of());
        return "credit/public-restoration";
    }

    @PostMapping(value = "/public/credit/restoration", produces = "text/html")
    String apply(@RequestParam(required = false) String uscc, @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) String applicantName,
            @RequestParam(required = false) String applicantPhone,
            @RequestParam(required = false) String commitment,
            @RequestParam(name = "papers", required = false) List<MultipartFile> papers, Model model,
            HttpServletResponse response) {
        Restorations.Application form = new Restorations.Application(uscc, decisionNumber, applicantName,
                applicantPhone, commitment);
        try {
            Restorations.Receipt receipt = restorations.apply(form, uploads(papers));
            model.addAttribute("receipt", receipt);
            model.addAttribute("r", receipt.restoration());
            return "credit/public-restoration-track";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("form", form);
            model.addAttribute("errors", formErrors.of(e));
            return "credit/public-restoration";
        }
    }

    @GetMapping(value = "/public/credit/restoration/track", produces = "text/html")
    String track(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
            Model model) {
        model.addAttribute("number", number);
        model.addAttribute("code", code);
        model.addAttribute("errors", Map.of());
        if (number != null && code != null) {
            try {
                model.addAttribute("r", restorations.track(number, code));
            } catch (NotFoundProblem e) {
                model.addAttribute("notFound", true);
            }
        }
        return "credit/public-restoration-track";
    }

    @PostMapping(value = "/public/credit/restoration/track", produces = "text/html")
    String supplement(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
            @RequestParam(name = "papers", required = false) List<MultipartFile> papers, Model model,
            HttpServletResponse response) {
        model.addAttribute("number", number);
        model.addAttribute("code", code);
        try {
            model.addAttribute("r", restorations.supplement(number, code, uploads(papers)));
            model.addAttribute("notice", "credit.restoration.notice.SUPPLEMENT");
            model.addAttribute("errors", Map.of());
        } catch (NotFoundProblem e) {
            response.setStatus(404);
            model.addAttribute("notFound", true);
            model.addAttribute("errors", Map.of());
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("r", restorations.track(number, code));
            model.addAttribute("errors", formErrors.of(e));
        }
        return "credit/public-restoration-track";
    }

    private static List<Restorations.PaperUpload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
            try {
                return new Restorations.PaperUpload(f.getOriginalFilename(), f.getSize(), f.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
