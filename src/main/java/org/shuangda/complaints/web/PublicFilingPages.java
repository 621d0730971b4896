package org.shuangda.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.shuangda.complaints.FilingReceipt;
import org.shuangda.complaints.PublicLimits;
import org.shuangda.complaints.PublicTracking;
import org.shuangda.complaints.TooManyRequests;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.ClientAddress;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public pages, no login: the web form for complaints, tips and enquiries (CSRF-protected, limited per
 * address) and the tracking page. Tracking numbers and codes travel in POST bodies, never in URLs or logs.
 */
@Controller
@RequestMapping("/public/filings")
class PublicFilingPages {

    private final PublicTracking tracking;
    private final FormOptions options;
    private final FormErrors formErrors;
    private final PublicLimits limits;
    private final ClientAddress clients;

    PublicFilingPages(PublicTracking tracking, FormOptions options, FormErrors formErrors, PublicLimits limits,
            ClientAddress clients) {
        this.clients = clients;
        this.tracking = tracking;
        this.options = options;
        this.formErrors = formErrors;
        this.limits = limits;
    }

    @GetMapping("/new")
    String form(@RequestParam(defaultValue = "REPORT") String track, Model model) {
        model.addAttribute("form", FilingForm.empty(track));
        model.addAttribute("errors", Map.of());
        options.addTo(model);
        return "complaints/public-form";
    }

    @PostMapping
    String file(@ModelAttribute("form") FilingForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            FilingReceipt receipt = tracking.file(form.toRequest(files), clients.of(request));
            model.addAttribute("receipt", receipt);
            model.addAttribute("track", form.track());
            return "complaints/public-receipt";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("errors", formErrors.of(e));
            options.addTo(model);
            return "complaints/public-form";
        }
    }

    @GetMapping("/track")
    String trackForm(Model model) {
        return "complaints/public-track";
    }

    @PostMapping("/track")
    String track(@RequestParam(defaultValue = "") String trackingNo, @RequestParam(defaultValue = "") String queryCode,
            HttpServletRequest request, Model model) {
        model.addAttribute("trackingNo", trackingNo);
        model.addAttribute("queryCode", queryCode);
        tracking.track(trackingNo, queryCode, clients.of(request)).ifPresentOrElse(
                view -> model.addAttribute("view", view), () -> model.addAttribute("notFound", true));
        return "complaints/public-track";
    }

    @PostMapping("/rate")
    String rate(@RequestParam(defaultValue = "") String trackingNo, @RequestParam(defaultValue = "") String queryCode,
            @RequestParam(required = false) Integer rating, @RequestParam(required = false) String comment,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("trackingNo", trackingNo);
        model.addAttribute("queryCode", queryCode);
        try {
            model.addAttribute("view", tracking.rate(trackingNo, queryCode, rating, comment, clients.of(request)));
            model.addAttribute("rated", true);
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("errors", formErrors.of(e));
            tracking.track(trackingNo, queryCode, clients.of(request)).ifPresentOrElse(
                    view -> model.addAttribute("view", view), () -> model.addAttribute("notFound", true));
        }
        return "complaints/public-track";
    }

    @ExceptionHandler(TooManyRequests.class)
    String tooMany(TooManyRequests e, HttpServletResponse response, Model model) {
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        model.addAttribute("messageCode", e.messageCode());
        model.addAttribute("limit", limits.filingsPerMinute());
        return "complaints/public-limit";
    }
}
