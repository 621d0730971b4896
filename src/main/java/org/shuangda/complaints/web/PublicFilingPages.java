package org.shuangda.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.shuangda.complaints.FilingReceipt;
import org.shuangda.complaints.PublicLimits;
import org.shuangda.complaints.PublicTracking;
import org.shuangda.complaints.TooManyRequests;
import org.shuangda.complaints.Track;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.ClientAddress;
import org.shuangda.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;

/**
 * The public pages, no login: the web form for complaints, tips and enquiries (CSRF-protected, limited per
 * address) and the tracking page. Tracking numbers and codes travel in POST bodies, never in URLs or logs.
 * Filing is Post/Redirect/Get: the POST keeps the receipt in the citizen's session and answers 303 to the GET
 * receipt page, so a reload shows the receipt again and files nothing twice.
 */
@Controller
@RequestMapping("/public/filings")
class PublicFilingPages {

    private final PublicTracking tracking;
    private final FormOptions options;
    private final FormErrors formErrors;
    private final PublicLimits limits;
    private final ClientAddress clients;
    private final PublicFormErrors publicErrors;
    private final PublicStatusWords statusWords;
    private final Clock clock;

    PublicFilingPages(PublicTracking tracking, FormOptions options, FormErrors formErrors, PublicLimits limits,
            ClientAddress clients, PublicFormErrors publicErrors, PublicStatusWords statusWords, Clock clock) {
        this.clients = clients;
        this.publicErrors = publicErrors;
        this.statusWords = statusWords;
        this.clock = clock;
        this.tracking = tracking;
        this.options = options;
        this.formErrors = formErrors;
        this.limits = limits;
    }

    @GetMapping("/new")
    String form(@RequestParam(defaultValue = "REPORT") String track, Model model) {
        model.addAttribute("form", FilingForm.empty(track).withRegion(options.start()));
        model.addAttribute("errors", Map.of());
        model.addAttribute("problems", PublicFormErrors.Shown.none());
        options.addTo(model);
        return "complaints/public-form";
    }

    @PostMapping
    String file(@ModelAttribute("form") FilingForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            FilingReceipt receipt = tracking.file(form.toRequest(files), clients.of(request));
            request.getSession().setAttribute(PublicReceipt.SESSION_KEY,
                    PublicReceipt.of(receipt, Track.parse(form.track(), "track").name(), clock.instant()));
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
            return "redirect:/public/filings/receipt";
        } catch (InvalidInput e) {
            response.setStatus(422);
            PublicFormErrors.Shown shown = publicErrors.of(e,
                    files != null && files.stream().anyMatch(f -> f != null && !f.isEmpty()));
            model.addAttribute("errors", shown.byField());
            model.addAttribute("problems", shown);
            options.addTo(model);
            return "complaints/public-form";
        }
    }

    /**
     * The receipt of this browser session's last filing, for {@link PublicReceipt#SHOWN_FOR} after it; afterwards
     * (or in another browser) the page says so and points to the tracking page.
     */
    @GetMapping("/receipt")
    String receipt(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(PublicReceipt.SESSION_KEY);
        if (kept instanceof PublicReceipt receipt && receipt.shownAt(clock.instant())) {
            model.addAttribute("receipt", receipt);
            model.addAttribute("track", receipt.track());
        } else if (kept != null) {
            session.removeAttribute(PublicReceipt.SESSION_KEY);
        }
        return "complaints/public-receipt";
    }

    /** "我已保存": the receipt leaves the session (a shared or borrowed phone shows it to nobody after). */
    @PostMapping("/receipt/close")
    String closeReceipt(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PublicReceipt.SESSION_KEY);
        }
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
        return "redirect:/public/filings/track";
    }

    /** The tracking form; just after filing, the number is filled in from the session's receipt (never the code). */
    @GetMapping("/track")
    String trackForm(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PublicReceipt.SESSION_KEY) instanceof PublicReceipt receipt
                && receipt.shownAt(clock.instant())) {
            model.addAttribute("trackingNo", receipt.trackingNo());
        }
        return "complaints/public-track";
    }

    @PostMapping("/track")
    String track(@RequestParam(defaultValue = "") String trackingNo, @RequestParam(defaultValue = "") String queryCode,
            HttpServletRequest request, Model model) {
        model.addAttribute("trackingNo", trackingNo);
        model.addAttribute("queryCode", queryCode);
        tracking.track(trackingNo, queryCode, clients.of(request)).ifPresentOrElse(
                view -> show(view, model), () -> model.addAttribute("notFound", true));
        return "complaints/public-track";
    }

    private void show(org.shuangda.complaints.PublicFilingView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("now", statusWords.of(view));
    }

    @PostMapping("/rate")
    String rate(@RequestParam(defaultValue = "") String trackingNo, @RequestParam(defaultValue = "") String queryCode,
            @RequestParam(required = false) Integer rating, @RequestParam(required = false) String comment,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("trackingNo", trackingNo);
        model.addAttribute("queryCode", queryCode);
        try {
            show(tracking.rate(trackingNo, queryCode, rating, comment, clients.of(request)), model);
            model.addAttribute("rated", true);
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("errors", formErrors.of(e));
            tracking.track(trackingNo, queryCode, clients.of(request)).ifPresentOrElse(
                    view -> show(view, model), () -> model.addAttribute("notFound", true));
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
