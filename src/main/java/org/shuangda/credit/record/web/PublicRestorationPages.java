package org.shuangda.credit.record.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.shuangda.credit.record.Restorations;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.RateLimiter;
import org.shuangda.shared.web.ClientAddress;
import org.shuangda.shared.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;

/**
 * The public side of credit restoration (no sign-in): the application form with its papers, and following an
 * application by number and query code, where missing papers are sent. Both are limited per client address like
 * the public filing form (settings {@code shuangda.credit.public.*}): an application carries up to 20 MB of papers,
 * and a look-up must not become a way of guessing query codes. Over the limit: 429, the page again with the rule.
 */
@Controller
class PublicRestorationPages {

    private static final long MINUTE = 60_000;
    private static final long DAY = 86_400_000;

    private final Restorations restorations;
    private final FormErrors formErrors;
    private final ClientAddress clients;
    private final MessageSource messages;
    private final RateLimiter limiter;
    private final Clock clock;
    private final int applicationsPerMinute;
    private final int applicationsPerDay;
    private final int lookupsPerMinute;

    PublicRestorationPages(Restorations restorations, FormErrors formErrors, ClientAddress clients,
            MessageSource messages, Clock clock, RateLimiter limiter,
            @Value("${shuangda.credit.public.applications-per-minute:5}") int applicationsPerMinute,
            @Value("${shuangda.credit.public.applications-per-day:20}") int applicationsPerDay,
            @Value("${shuangda.credit.public.lookups-per-minute:10}") int lookupsPerMinute) {
        this.restorations = restorations;
        this.formErrors = formErrors;
        this.clients = clients;
        this.messages = messages;
        this.limiter = limiter;
        this.clock = clock;
        this.applicationsPerMinute = applicationsPerMinute;
        this.applicationsPerDay = applicationsPerDay;
        this.lookupsPerMinute = lookupsPerMinute;
    }

    /** Null while the client may go on; else the rule in words, the response already set to 429. */
    private String overLimit(HttpServletRequest request, HttpServletResponse response, boolean application) {
        String client = clients.of(request);
        boolean allowed = application
                ? limiter.tryAcquire("apply:" + client, applicationsPerMinute, MINUTE)
                        && limiter.tryAcquire("apply:" + client, applicationsPerDay, DAY)
                : limiter.tryAcquire("track:" + client, lookupsPerMinute, MINUTE);
        if (allowed) {
            return null;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        return application
                ? messages.getMessage("credit.restoration.public.tooMany",
                        new Object[] {applicationsPerMinute, applicationsPerDay}, LocaleContextHolder.getLocale())
                : messages.getMessage("credit.restoration.public.tooManyLookups",
                        new Object[] {lookupsPerMinute}, LocaleContextHolder.getLocale());
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
            HttpServletRequest request, HttpServletResponse response) {
        Restorations.Application form = new Restorations.Application(uscc, decisionNumber, applicantName,
                applicantPhone, commitment);
        String limit = overLimit(request, response, true);
        if (limit != null) {
            model.addAttribute("form", form);
            model.addAttribute("errors", Map.of("limit", limit));
            return "credit/public-restoration";
        }
        try {
            Restorations.Receipt receipt = restorations.apply(form, uploads(papers));
            request.getSession().setAttribute(RestorationReceipt.SESSION_KEY,
                    new RestorationReceipt(receipt.number(), receipt.queryCode(), clock.instant()));
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE,
                    HttpStatus.SEE_OTHER);
            return "redirect:/public/credit/restoration/receipt";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("form", form);
            model.addAttribute("errors", formErrors.of(e));
            return "credit/public-restoration";
        }
    }

    /** The receipt of this session's last application (GET after the POST); afterwards the tracking page. */
    @GetMapping(value = "/public/credit/restoration/receipt", produces = "text/html")
    String receipt(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(RestorationReceipt.SESSION_KEY);
        if (!(kept instanceof RestorationReceipt receipt) || !receipt.shownAt(clock.instant())) {
            if (kept != null) {
                session.removeAttribute(RestorationReceipt.SESSION_KEY);
            }
            return "redirect:/public/credit/restoration/track";
        }
        model.addAttribute("receipt", receipt);
        model.addAttribute("r", restorations.track(receipt.number(), receipt.queryCode()));
        model.addAttribute("errors", Map.of());
        return "credit/public-restoration-track";
    }

    @GetMapping(value = "/public/credit/restoration/track", produces = "text/html")
    String track(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("number", number);
        model.addAttribute("code", code);
        model.addAttribute("errors", Map.of());
        if (number != null && code != null) {
            String limit = overLimit(request, response, false);
            if (limit != null) {
                model.addAttribute("errors", Map.of("limit", limit));
                return "credit/public-restoration-track";
            }
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
            HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("number", number);
        model.addAttribute("code", code);
        String limit = overLimit(request, response, false);
        if (limit != null) {
            model.addAttribute("errors", Map.of("limit", limit));
            return "credit/public-restoration-track";
        }
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
