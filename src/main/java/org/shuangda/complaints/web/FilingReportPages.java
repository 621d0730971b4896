package org.shuangda.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.shuangda.complaints.Category;
import org.shuangda.complaints.FilingClocks;
import org.shuangda.complaints.FilingFilter;
import org.shuangda.complaints.FilingStatistics;
import org.shuangda.complaints.FilingStatus;
import org.shuangda.complaints.Filings;
import org.shuangda.complaints.RoutingTable;
import org.shuangda.complaints.Track;
import org.shuangda.organization.Units;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Statistics with charts and XLSX, the masked list export, and the routing table. */
@Controller
@RequestMapping("/filings")
class FilingReportPages {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Filings filings;
    private final FilingStatistics statistics;
    private final FilingClocks clocks;
    private final FilingWorkbooks workbooks;
    private final RoutingTable routing;
    private final Units units;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final ExportAudit exports;
    private final JsonMapper json = JsonMapper.builder().build();

    FilingReportPages(Filings filings, FilingStatistics statistics, FilingClocks clocks, FilingWorkbooks workbooks,
            RoutingTable routing, Units units, FormErrors formErrors, MessageSource messages, ExportAudit exports) {
        this.exports = exports;
        this.filings = filings;
        this.statistics = statistics;
        this.clocks = clocks;
        this.workbooks = workbooks;
        this.routing = routing;
        this.units = units;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(Actor me, @RequestParam(required = false) FilingStatus status,
            @RequestParam(required = false) Track track, @RequestParam(required = false) String q,
            HttpServletRequest request) {
        var page = filings.list(me, new FilingFilter(status, track, null, q), 0, 200);
        byte[] xlsx = workbooks.list(page.filings());
        exports.exported(me, "filing", null, "filings.xlsx", request);
        return download(xlsx, "filings.xlsx");
    }

    @GetMapping("/stats")
    String stats(Actor me, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, Model model) {
        FilingStatistics.Figures f = figures(me, from, to);
        model.addAttribute("figures", f);
        Map<String, Map<String, Long>> groups = labelled(f);
        model.addAttribute("groups", groups);
        model.addAttribute("chart", json.writeValueAsString(groups));
        return "complaints/stats";
    }

    @GetMapping("/stats.xlsx")
    ResponseEntity<byte[]> statsXlsx(Actor me, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, HttpServletRequest request) {
        FilingStatistics.Figures f = figures(me, from, to);
        byte[] xlsx = workbooks.statistics(f, labelled(f));
        exports.exported(me, "filing", null, "filing-statistics.xlsx", request);
        return download(xlsx, "filing-statistics.xlsx");
    }

    @GetMapping("/routing")
    String routing(Actor me, Model model) {
        model.addAttribute("rules", routing.list(me));
        model.addAttribute("categories", Category.values());
        model.addAttribute("units", units.pickable(me, Permission.ROUTING_MANAGE));
        return "complaints/routing";
    }

    @PostMapping("/routing")
    String putRule(Actor me, @RequestParam(required = false) String regionCode, @RequestParam(required = false) String category,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String note,
            RedirectAttributes r) {
        try {
            if (unitId == null) {
                throw new InvalidInput("unitId", "error.required");
            }
            routing.put(me, regionCode, category == null || category.isBlank() ? null
                    : FilingApi.parse(Category.class, category, "category"), unitId, note);
            r.addFlashAttribute("saved", true);
        } catch (InvalidInput e) {
            r.addFlashAttribute("actionErrors", formErrors.of(e));
        }
        return "redirect:/filings/routing";
    }

    @PostMapping("/routing/{id}/delete")
    String deleteRule(Actor me, @PathVariable long id, RedirectAttributes r) {
        routing.delete(me, id);
        r.addFlashAttribute("saved", true);
        return "redirect:/filings/routing";
    }

    private FilingStatistics.Figures figures(Actor me, LocalDate from, LocalDate to) {
        LocalDate end = to == null ? clocks.now().toLocalDate() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidInput("from", "filing.error.period");
        }
        return statistics.figures(me, start, end);
    }

    /** Groups with their codes turned into labels in the user's language. */
    private Map<String, Map<String, Long>> labelled(FilingStatistics.Figures f) {
        Map<String, Map<String, Long>> groups = new LinkedHashMap<>();
        groups.put(text("filings.stats.byChannel"), labels(f.byChannel(), "filing.channel."));
        groups.put(text("filings.stats.byTrack"), labels(f.byTrack(), "filing.track."));
        groups.put(text("filings.stats.byCategory"), labels(f.byCategory(), "filing.category."));
        groups.put(text("filings.stats.byRegion"), f.byRegion());
        Map<String, Long> outcomes = new LinkedHashMap<>();
        f.byOutcome().forEach((k, v) -> outcomes.merge(messages.getMessage("filing.outcome." + k, null,
                messages.getMessage("filing.status." + k, null, k, locale()), locale()), v, Long::sum));
        groups.put(text("filings.stats.byOutcome"), outcomes);
        return groups;
    }

    private Map<String, Long> labels(Map<String, Long> counts, String prefix) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(messages.getMessage(prefix + k, null, k, locale()), v));
        return out;
    }

    private String text(String code) {
        return messages.getMessage(code, null, code, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name) {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }
}
