package org.shuangda.credit.listings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.credit.listings.AbnormalDraft;
import org.shuangda.credit.listings.AbnormalGround;
import org.shuangda.credit.listings.CreditListings;
import org.shuangda.credit.listings.ListKind;
import org.shuangda.credit.listings.Listing;
import org.shuangda.credit.listings.ListingAction;
import org.shuangda.credit.listings.ListingPage;
import org.shuangda.credit.listings.ListingQuery;
import org.shuangda.credit.listings.ListingState;
import org.shuangda.credit.listings.ListingView;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lists' pages: {@code /credit/listings} (both lists, filters, states and clocks, CSV export audited), a
 * listing's page with its history and the reader's steps, and the form recording a 经营异常名录 entry. Wrong input
 * re-shows the form or page with the errors (422); a listing outside the reader's scope is a 404.
 */
@Controller
class ListingPages {

    static final int PAGE_SIZE = 20;
    static final int EXPORT_MAX = 10_000;

    private final CreditListings listings;
    private final FormErrors formErrors;
    private final ExportAudit exportAudit;
    private final MessageSource messages;

    ListingPages(CreditListings listings, FormErrors formErrors, ExportAudit exportAudit, MessageSource messages) {
        this.listings = listings;
        this.formErrors = formErrors;
        this.exportAudit = exportAudit;
        this.messages = messages;
    }

    @GetMapping("/credit/listings")
    String list(Actor me, @RequestParam(required = false) ListKind kind,
            @RequestParam(required = false) ListingState state, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean waiting, @RequestParam(defaultValue = "0") int page,
            Model model) {
        ListingQuery query = new ListingQuery(kind, state, q, waiting, page, PAGE_SIZE);
        ListingPage result = listings.list(me, query);
        model.addAttribute("rows", listings.views(me, result.rows()));
        model.addAttribute("total", result.total());
        model.addAttribute("query", query);
        model.addAttribute("page", query.page());
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("kinds", ListKind.values());
        model.addAttribute("states", ListingState.values());
        return "credit/listings/list";
    }

    @GetMapping("/credit/listings/export.csv")
    ResponseEntity<byte[]> export(Actor me, @RequestParam(required = false) ListKind kind,
            @RequestParam(required = false) ListingState state, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean waiting, HttpServletRequest request) {
        List<ListingView> rows = listings.export(me, new ListingQuery(kind, state, q, waiting, 0,
                ListingQuery.MAX_SIZE), EXPORT_MAX);
        Locale locale = LocaleContextHolder.getLocale();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", List.of(t("listing.kind", locale), t("listing.subject", locale),
                t("listing.uscc", locale), t("listing.ground", locale), t("listing.authority", locale),
                t("listing.state", locale), t("listing.listedOn", locale), t("listing.periodEnd", locale),
                t("listing.due", locale)))).append("\r\n");
        for (ListingView v : rows) {
            Listing l = v.listing();
            csv.append(String.join(",", List.of(cell(t("listing.kind." + l.kind().name(), locale)),
                    cell(l.subjectName()), cell(l.uscc()), cell(ground(l, locale)), cell(v.unitName()),
                    cell(t("listing.state." + l.state().name(), locale)), cell(l.listedOn()), cell(l.periodEnd()),
                    cell(v.clock() == null ? null : v.clock().due())))).append("\r\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        String name = "credit-listings-" + listings.today() + ".csv";
        exportAudit.exported(me, "credit_listing", null, name, request);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    @GetMapping("/credit/listings/{id}")
    String detail(Actor me, @PathVariable long id, Model model) {
        return detailPage(me, id, model, Map.of(), null);
    }

    @PostMapping("/credit/listings/{id}/actions/{action}")
    String act(Actor me, @PathVariable long id, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ListingAction step = parseAction(action);
        try {
            listings.act(me, id, step, new Listing.Step(date(form.getFirst("on"), "on"), form.getFirst("note")),
                    version(form.getFirst("version")));
        } catch (InvalidInput e) {
            response.setStatus(422);
            return detailPage(me, id, model, formErrors.of(e), step);
        }
        redirect.addFlashAttribute("notice", "listing.done." + step.name());
        return "redirect:/credit/listings/" + id;
    }

    @GetMapping("/credit/listings/new")
    String newForm(Actor me, @RequestParam(required = false) Long entity, Model model) {
        me.require(Permission.CREDIT_MANAGE);
        Map<String, String> form = new LinkedHashMap<>();
        if (entity != null) {
            form.put("entityId", entity.toString());
        }
        return form(model, form, Map.of());
    }

    @PostMapping("/credit/listings/new")
    String create(Actor me, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response) {
        me.require(Permission.CREDIT_MANAGE);
        try {
            ListingView v = listings.recordAbnormal(me, draft(form));
            return "redirect:/credit/listings/" + v.listing().id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(model, form.toSingleValueMap(), formErrors.of(e));
        }
    }

    /** The form's fields; dates and numbers that do not parse are problems on their fields (never a 500). */
    static AbnormalDraft draft(MultiValueMap<String, String> form) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Long entityId = null;
        String entity = form.getFirst("entityId");
        if (entity != null && !entity.isBlank()) {
            try {
                entityId = Long.parseLong(entity.strip());
            } catch (NumberFormatException e) {
                problems.add("entityId", "listing.missing.entity");
            }
        }
        AbnormalGround ground = null;
        String g = form.getFirst("ground");
        if (g != null && !g.isBlank()) {
            try {
                ground = AbnormalGround.valueOf(g.strip());
            } catch (IllegalArgumentException e) {
                problems.add("ground", "listing.missing.ground");
            }
        }
        Integer year = null;
        String y = form.getFirst("reportYear");
        if (y != null && !y.isBlank()) {
            try {
                year = Integer.parseInt(y.strip());
            } catch (NumberFormatException e) {
                problems.add("reportYear", "listing.missing.reportYear");
            }
        }
        LocalDate ordered = date(form.getFirst("orderedOn"), "orderedOn", problems);
        LocalDate trigger = date(form.getFirst("triggerOn"), "triggerOn", problems);
        List<AbnormalDraft.Letter> letters = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            LocalDate sent = date(form.getFirst("letter" + i + "SentOn"), "letters", problems);
            LocalDate back = date(form.getFirst("letter" + i + "ReturnedOn"), "letters", problems);
            if (sent != null) {
                letters.add(new AbnormalDraft.Letter(sent, back, form.containsKey("letter" + i + "Signed")));
            }
        }
        problems.throwIfAny();
        return new AbnormalDraft(entityId, ground, year, ordered, trigger,
                ground == AbnormalGround.UNREACHABLE ? letters : List.of(), form.getFirst("note"), null);
    }

    private String form(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("grounds", AbnormalGround.values());
        return "credit/listings/new";
    }

    private String detailPage(Actor me, long id, Model model, Map<String, String> errors, ListingAction failed) {
        ListingView v = listings.get(me, id);
        model.addAttribute("v", v);
        model.addAttribute("l", v.listing());
        model.addAttribute("history", listings.history(me, id));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("today", listings.today());
        return "credit/listings/detail";
    }

    static ListingAction parseAction(String action) {
        try {
            ListingAction a = ListingAction.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
            if (!a.manual()) {
                throw new NotFoundProblem("action", action);
            }
            return a;
        } catch (IllegalArgumentException e) {
            throw new NotFoundProblem("action", action);
        }
    }

    private static Integer version(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("version", "error.staleVersion");
        }
    }

    private static LocalDate date(String v, String field) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        LocalDate d = date(v, field, problems);
        problems.throwIfAny();
        return d;
    }

    private static LocalDate date(String v, String field, InvalidInput.Collector problems) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.strip());
            org.shuangda.calendar.PlausibleDates.check(problems, field, d);
            return org.shuangda.calendar.PlausibleDates.contains(d) ? d : null;
        } catch (DateTimeParseException e) {
            problems.add(field, "listing.invalid.date");
            return null;
        }
    }

    private String ground(Listing l, Locale locale) {
        String code = l.kind() == ListKind.SERIOUS ? "serious.field." + l.ground() : "listing.ground." + l.ground();
        return messages.getMessage(code, null, l.ground(), locale);
    }

    private String t(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    /** A CSV cell, quoted; a leading = + - @ is defused (formula injection). */
    private static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
