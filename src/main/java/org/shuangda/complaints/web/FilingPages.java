package org.shuangda.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.shuangda.complaints.Duplicates;
import org.shuangda.complaints.FilerIdentity;
import org.shuangda.complaints.Filing;
import org.shuangda.complaints.FilingAction;
import org.shuangda.complaints.FilingClocks;
import org.shuangda.complaints.FilingFilter;
import org.shuangda.complaints.FilingIntake;
import org.shuangda.complaints.FilingReceipt;
import org.shuangda.complaints.FilingStatus;
import org.shuangda.complaints.FilingView;
import org.shuangda.complaints.Filings;
import org.shuangda.complaints.Outcome;
import org.shuangda.complaints.RefusalGround;
import org.shuangda.complaints.Track;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.ListSort;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.ClientAddress;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The staff pages: the list (masked), the hotline form, one filing with its clocks, duplicates and actions. */
@Controller
@RequestMapping("/filings")
class FilingPages {

    private final Filings filings;
    private final FilingIntake intake;
    private final FilerIdentity identity;
    private final Duplicates duplicates;
    private final FilingClocks clocks;
    private final FormOptions options;
    private final FormErrors formErrors;
    private final ClientAddress clientAddress;
    private final ExportAudit exports;
    private final org.shuangda.calendar.WorkingCalendar calendar;
    private final org.shuangda.shared.CreditAlerts creditAlerts;

    FilingPages(Filings filings, FilingIntake intake, FilerIdentity identity, Duplicates duplicates,
            FilingClocks clocks, FormOptions options, FormErrors formErrors,
            ClientAddress clientAddress, ExportAudit exports, org.shuangda.calendar.WorkingCalendar calendar,
            org.shuangda.shared.CreditAlerts creditAlerts) {
        this.creditAlerts = creditAlerts;
        this.calendar = calendar;
        this.clientAddress = clientAddress;
        this.exports = exports;
        this.filings = filings;
        this.intake = intake;
        this.identity = identity;
        this.duplicates = duplicates;
        this.clocks = clocks;
        this.options = options;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, @RequestParam(required = false) FilingStatus status,
            @RequestParam(required = false) Track track, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        model.addAttribute("statuses", FilingStatus.values());
        model.addAttribute("tracks", Track.values());
        model.addAttribute("status", status);
        model.addAttribute("track", track);
        model.addAttribute("q", q);
        model.addAttribute("overdue", overdue);
        if (overdue) {
            model.addAttribute("overdueList", filings.overdue(me));
        } else {
            ListSort order = Filings.COLUMNS.parse(sort, dir);
            var result = filings.list(me, new FilingFilter(status, track, null, q), order, page, 30);
            String filtered = ListSort.url("/filings", "status", status, "track", track, "q", q);
            model.addAttribute("result", result);
            model.addAttribute("clocks", clocks);
            model.addAttribute("sort", order);
            model.addAttribute("sortBase", filtered);
            model.addAttribute("base", order.on(filtered));
        }
        return "complaints/list";
    }

    @GetMapping("/new")
    String agentForm(Actor me, Model model) {
        me.require(Permission.FILING_INTAKE);
        model.addAttribute("form", new FilingForm("COMPLAINT", "12315", null, null, me.unitRegionCode(), null, null,
                "CONSUMER", false, null, null, null, null));
        model.addAttribute("errors", Map.of());
        model.addAttribute("creditAlerts", List.of());
        options.addTo(model);
        return "complaints/agent-form";
    }

    /**
     * The warning beside the target while the agent types it (htmx): the business is listed, with the joint
     * punishment measures that apply; an empty fragment otherwise.
     */
    @GetMapping("/new/credit-alerts")
    String creditAlerts(Actor me, @RequestParam(required = false) String targetName,
            @RequestParam(required = false) String targetUscc, Model model) {
        me.require(Permission.FILING_INTAKE);
        model.addAttribute("creditAlerts", creditAlerts.forTarget(me, targetUscc, targetName));
        return "fragments/credit-alerts :: alerts";
    }

    @PostMapping("/new")
    String agentFile(Actor me, @ModelAttribute("form") FilingForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        try {
            FilingReceipt receipt = intake.fromAgent(me, form.toRequest(files));
            redirect.addFlashAttribute("created", receipt);
            return "redirect:/filings/" + receipt.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("errors", formErrors.of(e));
            model.addAttribute("creditAlerts", creditAlerts.forTarget(me, form.targetUscc(), form.targetName()));
            options.addTo(model);
            return "complaints/agent-form";
        }
    }

    @GetMapping("/{id}")
    String detail(Actor me, @PathVariable long id, Model model) {
        FilingView v = filings.get(me, id);
        Filing f = v.filing();
        List<FilingAction> actions = v.actionsFor(me);
        model.addAttribute("v", v);
        model.addAttribute("f", f);
        model.addAttribute("creditAlerts", creditAlerts.forTarget(me, f.matter().targetUscc(),
                f.matter().targetName()));
        List<org.shuangda.complaints.FilingClock> clockList = clocks.of(f);
        model.addAttribute("clockList", clockList);
        // a running clock whose due day lies in a year with provisional holidays only says so (issue 12)
        Map<Object, Integer> provisional = new java.util.HashMap<>();
        for (org.shuangda.complaints.FilingClock c : clockList) {
            Integer year = c.running() ? calendar.firstProvisionalYear(c.start().toLocalDate(), c.due().toLocalDate())
                    : null;
            if (year != null) {
                provisional.put(c.kind(), year);
            }
        }
        model.addAttribute("clockProvisional", provisional);
        model.addAttribute("history", filings.history(me, id));
        model.addAttribute("attachments", filings.attachments(me, id));
        model.addAttribute("handlingActions", actions.stream().filter(a -> !a.isRouting()).toList());
        // merging is offered beside each duplicate, the other routing steps in their own card
        model.addAttribute("routingActions", actions.stream()
                .filter(a -> a.isRouting() && a != FilingAction.MERGE).toList());
        model.addAttribute("mayMerge", actions.contains(FilingAction.MERGE));
        model.addAttribute("mayReveal", identity.mayReveal(me, v));
        model.addAttribute("duplicates", f.status().isOpen() ? duplicates.of(me, f) : List.of());
        model.addAttribute("grounds", RefusalGround.values());
        model.addAttribute("pauseReasons", org.shuangda.complaints.VerificationPauseReason.values());
        model.addAttribute("outcomes", Arrays.stream(Outcome.values())
                .filter(o -> o.track() == f.track() && o.handlerMayChoose()).toList());
        return "complaints/detail";
    }

    /**
     * Shows the filer's identity to the assigned handler who gave a reason; stored, audited, on the head's
     * review list. POST so no prefetch or link reveals it; without a valid reason the page again, 422.
     */
    @PostMapping("/{id}/filer")
    String filer(Actor me, @PathVariable long id, @RequestParam(required = false) String reason, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            model.addAttribute("identity", identity.reveal(me, id, reason, clientAddress.of(request)));
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("revealErrors", formErrors.of(e));
            model.addAttribute("revealReason", reason);
        }
        return detail(me, id, model);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(Actor me, @PathVariable long id, @PathVariable long attachmentId,
            HttpServletRequest request) {
        Filings.Download file = filings.download(me, id, attachmentId);
        exports.exported(me, "filing_attachment", attachmentId, file.name(), request); // may show who filed
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(new FileSystemResource(file.path()));
    }
}
