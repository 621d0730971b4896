package org.shuangda.reporting.web;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.SubmissionAction;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.Templates;
import org.shuangda.reporting.rounds.Submission;
import org.shuangda.reporting.rounds.Submissions;
import org.shuangda.reporting.workbooks.SubmissionWorkbooks;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The submission form: indicator, measure, value; rule errors and warnings beside the fields with a comment
 * box for each warning; save as draft or submit; the XLSX download and upload. Inputs are named
 * {@code v.<code>} and {@code c.<rule>}; refused input comes back in the form with the reasons.
 */
@Controller
@RequestMapping("/reporting/submissions")
class SubmissionPages {

    /** The form button that takes every differing figure from records (全部采用). */
    static final String TAKE_ALL = "take-all";

    private final Submissions submissions;
    private final SubmissionWorkbooks workbooks;
    private final Rounds rounds;
    private final Templates templates;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final ExportAudit exports;

    SubmissionPages(Submissions submissions, SubmissionWorkbooks workbooks, Rounds rounds, Templates templates,
            FormErrors formErrors, MessageSource messages, ExportAudit exports) {
        this.exports = exports;
        this.submissions = submissions;
        this.workbooks = workbooks;
        this.rounds = rounds;
        this.templates = templates;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        Submission submission = submissions.get(me, id);
        Map<String, String> typed = new LinkedHashMap<>();
        submission.values().forEach((code, value) -> typed.put(code, value.stripTrailingZeros().toPlainString()));
        Template template = templates.get(me, rounds.get(me, submission.roundId()).round().templateId());
        Map<String, String> typedBreakdowns = new LinkedHashMap<>();
        submission.breakdowns().forEach((code, categories) -> template.indicator(code).ifPresent(i ->
                categories.forEach((label, value) -> typedBreakdowns.put(code + "." + (i.breakdowns().indexOf(label) + 1),
                        value.stripTrailingZeros().toPlainString()))));
        return page(me, submission, typed, typedBreakdowns, submission.comments(), Map.of(), model);
    }

    @PostMapping("/{id}")
    String save(Actor me, @PathVariable long id, @RequestParam Map<String, String> form,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
            Locale locale) {
        Map<String, String> values = prefixed(form, "v.");
        Map<String, String> typedBreakdowns = prefixed(form, "b.");
        Map<String, String> comments = prefixed(form, "c.");
        try {
            Submission current = submissions.get(me, id);
            Template template = templates.get(me, rounds.get(me, current.roundId()).round().templateId());
            if (action.startsWith("take:") || TAKE_ALL.equals(action)) {
                return take(me, id, current, action, values, typedBreakdowns, comments, template, redirect, locale);
            }
            // the form's buttons: save the figures (EDIT), or save and submit them (SUBMIT)
            boolean submit = SubmissionAction.SUBMIT.path().equals(action);
            submissions.saveValues(me, id, totalsOf(values, typedBreakdowns),
                    categoriesOf(template, typedBreakdowns), comments);
            if (submit) {
                submissions.act(me, id, SubmissionAction.SUBMIT, null);
            }
            redirect.addFlashAttribute("notice", messages.getMessage(
                    submit ? "reporting.page.submitted" : "reporting.page.saved", null, locale));
            return "redirect:/reporting/submissions/" + id;
        } catch (InvalidInput e) {
            return page(me, submissions.get(me, id), values, typedBreakdowns, comments, formErrors.of(e), model);
        }
    }

    @GetMapping("/{id}/workbook")
    ResponseEntity<byte[]> download(Actor me, @PathVariable long id, HttpServletRequest request) {
        SubmissionWorkbooks.Download file = workbooks.download(me, id);
        exports.exported(me, "report_submission", id, file.fileName(), request);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(SubmissionApi.XLSX)).body(file.bytes());
    }

    @PostMapping("/{id}/workbook")
    String upload(Actor me, @PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, Locale locale) throws IOException {
        try {
            workbooks.upload(me, id, file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", messages.getMessage("reporting.page.saved", null, locale));
            return "redirect:/reporting/submissions/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("uploadErrors", formErrors.of(e));
            return show(me, id, model);
        }
    }

    /**
     * "采用": the form as typed, with one indicator's figure replaced by the one from module records (its
     * categories cleared: the records give a total), saved as the draft. {@code take:<code>:<source>}.
     * "全部采用" ({@code take-all}): the same for every indicator whose field is blank or differs from every
     * offer (the first offer of each). {@code values} and {@code typedBreakdowns} are changed in place, so a refused save
     * shows the form again with the figures taken and the rest as typed. The page's script sends the same
     * request in the background and swaps the form in place (no reload); without script it is a plain POST.
     */
    private String take(Actor me, long id, Submission current, String action, Map<String, String> values,
            Map<String, String> typedBreakdowns, Map<String, String> comments, Template template,
            RedirectAttributes redirect, Locale locale) {
        List<Submission.FromRecords> chosen;
        String notice;
        String anchor = "";
        if (TAKE_ALL.equals(action)) {
            chosen = differing(current, typedTotals(values, typedBreakdowns));
            notice = messages.getMessage("reporting.records.takenAll", new Object[] {chosen.size()}, locale);
        } else {
            String[] parts = action.split(":", 3);
            String code = parts[1];
            chosen = List.of(current.fromRecords().stream()
                    .filter(o -> o.indicator().equals(code) && (parts.length < 3 || o.source().equals(parts[2])))
                    .findFirst().orElseThrow(() -> new InvalidInput("values." + code, "reporting.value.unknown", code)));
            notice = messages.getMessage("reporting.records.taken", new Object[] {chosen.get(0).source()}, locale);
            anchor = "#v-" + code;
        }
        for (Submission.FromRecords offer : chosen) {
            values.put(offer.indicator(), offer.value().toPlainString());
            typedBreakdowns.keySet().removeIf(key -> key.startsWith(offer.indicator() + "."));
        }
        submissions.saveValues(me, id, totalsOf(values, typedBreakdowns), categoriesOf(template, typedBreakdowns),
                comments);
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/reporting/submissions/" + id + anchor;
    }

    /**
     * For 全部采用: per indicator, its first offer, where the field is blank or no offer agrees with the figure
     * {@code typed} (code → text as typed; text that is no number agrees with nothing).
     */
    static List<Submission.FromRecords> differing(Submission submission, Map<String, String> typed) {
        Map<String, List<Submission.FromRecords>> byIndicator = new LinkedHashMap<>();
        submission.fromRecords().forEach(o -> byIndicator.computeIfAbsent(o.indicator(), c -> new ArrayList<>()).add(o));
        return byIndicator.values().stream()
                .filter(offers -> offers.stream().noneMatch(o -> agrees(o.value(), typed.get(o.indicator()))))
                .map(offers -> offers.get(0)).toList();
    }

    private static boolean agrees(java.math.BigDecimal offered, String typed) {
        String text = typed == null ? "" : typed.replaceAll("[,，\\s]", "");
        if (text.isEmpty()) {
            return false; // a blank field is filled in too
        }
        try {
            return offered.compareTo(new java.math.BigDecimal(text)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Code → the figure as typed: the sum of its categories where any is filled in (as the page shows it). */
    private static Map<String, String> typedTotals(Map<String, String> values, Map<String, String> typedBreakdowns) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        typedBreakdowns.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                parts.computeIfAbsent(key.substring(0, Math.max(0, key.lastIndexOf('.'))), c -> new ArrayList<>())
                        .add(value);
            }
        });
        Map<String, String> totals = new LinkedHashMap<>(values);
        parts.forEach((code, texts) -> {
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (String text : texts) {
                try {
                    sum = sum.add(new java.math.BigDecimal(text.replaceAll("[,，\\s]", "")));
                } catch (NumberFormatException e) {
                    totals.put(code, text); // no number: agrees with no offer
                    return;
                }
            }
            totals.put(code, sum.toPlainString());
        });
        return totals;
    }

    /**
     * The form's totals, without the total of an indicator whose categories are filled in: the page shows
     * their sum there (script), and the server takes the sum, so a stale total never blocks a reporter.
     */
    private static Map<String, String> totalsOf(Map<String, String> values, Map<String, String> typedBreakdowns) {
        Map<String, String> totals = new LinkedHashMap<>(values);
        typedBreakdowns.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                totals.remove(key.substring(0, Math.max(0, key.lastIndexOf('.'))));
            }
        });
        return totals;
    }

    /** {@code b.<code>.<k>} fields → code → category label → text (unknown codes and numbers left to the service). */
    private static Map<String, Map<String, String>> categoriesOf(Template template, Map<String, String> typedBreakdowns) {
        Map<String, Map<String, String>> categories = new LinkedHashMap<>();
        typedBreakdowns.forEach((key, value) -> {
            int dot = key.lastIndexOf('.');
            String code = dot < 0 ? key : key.substring(0, dot);
            String label = template.indicator(code).flatMap(i -> {
                try {
                    int k = Integer.parseInt(key.substring(dot + 1));
                    return k >= 1 && k <= i.breakdowns().size() ? java.util.Optional.of(i.breakdowns().get(k - 1))
                            : java.util.Optional.empty();
                } catch (NumberFormatException e) {
                    return java.util.Optional.empty();
                }
            }).orElse(key.substring(dot + 1));
            categories.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(label, value);
        });
        return categories;
    }

    private String page(Actor me, Submission submission, Map<String, String> typed,
            Map<String, String> typedBreakdowns, Map<String, String> comments, Map<String, String> errors,
            Model model) {
        RoundView round = rounds.get(me, submission.roundId());
        // the unit's steps only: the office accepts or returns from the review list
        List<SubmissionAction> actions = submission.actionsFor(me).stream().filter(SubmissionAction::byUnit).toList();
        model.addAttribute("submission", submission);
        model.addAttribute("round", round);
        model.addAttribute("template", templates.get(me, round.round().templateId()));
        model.addAttribute("typed", typed);
        model.addAttribute("typedBreakdowns", typedBreakdowns);
        model.addAttribute("comments", comments);
        model.addAttribute("errors", errors);
        model.addAttribute("findings", findingsByIndicator(submission));
        Map<String, List<Submission.FromRecords>> offers = new LinkedHashMap<>();
        submission.fromRecords().forEach(o -> offers.computeIfAbsent(o.indicator(), c -> new ArrayList<>()).add(o));
        model.addAttribute("offers", offers);
        model.addAttribute("takeAll", differing(submission, typedTotals(typed, typedBreakdowns)).size());
        model.addAttribute("actions", actions);
        model.addAttribute("editable", actions.contains(SubmissionAction.EDIT));
        return "reporting/submission";
    }

    /** Indicator code → the broken rules that read it, to show beside its field. */
    private static Map<String, List<Submission.Finding>> findingsByIndicator(Submission submission) {
        Map<String, List<Submission.Finding>> map = new LinkedHashMap<>();
        java.util.stream.Stream.concat(submission.errors().stream(), submission.warnings().stream())
                .forEach(f -> f.indicators().forEach(code -> map.computeIfAbsent(code, c -> new ArrayList<>()).add(f)));
        return map;
    }

    private static Map<String, String> prefixed(Map<String, String> form, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }
}
