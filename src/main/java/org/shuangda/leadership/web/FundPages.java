package org.shuangda.leadership.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.campaigns.CampaignStatus;
import org.shuangda.campaigns.CampaignSummary;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.leadership.FundLedger;
import org.shuangda.leadership.FundPurpose;
import org.shuangda.leadership.Funds;
import org.shuangda.organization.Units;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.shuangda.shared.web.Downloads;

/**
 * Campaign funds on the web: the campaigns, then one campaign's table per unit and purpose with the forms the reader
 * may use (the office allocates and disburses; a unit records its spending) and the XLSX.
 */
@Controller
@RequestMapping("/funds")
class FundPages {


    private final Funds funds;
    private final Campaigns campaigns;
    private final Units units;
    private final FormErrors formErrors;
    private final ExportAudit exports;
    private final MessageSource messages;

    FundPages(Funds funds, Campaigns campaigns, Units units, FormErrors formErrors, ExportAudit exports,
            MessageSource messages) {
        this.funds = funds;
        this.campaigns = campaigns;
        this.units = units;
        this.formErrors = formErrors;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor me, Model model) {
        List<CampaignSummary> shown = new ArrayList<>(campaigns.list(me, CampaignStatus.ACTIVE));
        shown.addAll(campaigns.list(me, CampaignStatus.CLOSED));
        model.addAttribute("campaigns", shown);
        return "leadership/funds";
    }

    @GetMapping("/{campaignId}")
    String show(Actor me, @PathVariable long campaignId, Model model) {
        return page(me, campaignId, model, Map.of(), null);
    }

    @PostMapping("/{campaignId}/{kind:allocations|disbursements|spendings}")
    String record(Actor me, @PathVariable long campaignId, @PathVariable String kind,
            @RequestParam(required = false) String unitId, @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String happenedOn,
            @RequestParam(required = false) String document, @RequestParam(required = false) String note,
            Model model, RedirectAttributes redirect) {
        Long unit = MeetingFormReader.number(unitId);
        BigDecimal value = FormValues.decimal(amount);
        FundPurpose p = purpose(purpose);
        LocalDate on = FormValues.date(happenedOn);
        try {
            if (amount != null && !amount.isBlank() && value == null) {
                throw new InvalidInput("amount", "fund.amount.number", amount);
            }
            switch (kind) {
                case "allocations" -> funds.allocate(me, campaignId, unit, p, value, note);
                case "disbursements" -> funds.disburse(me, campaignId, unit, p, value, on, document, note);
                default -> funds.spend(me, campaignId, unit, p, value, on, document, note);
            }
            redirect.addFlashAttribute("notice", "fund.saved." + kind);
            return "redirect:/funds/" + campaignId;
        } catch (InvalidInput e) {
            return page(me, campaignId, model, formErrors.of(e), kind);
        }
    }

    @GetMapping("/{campaignId}/funds.xlsx")
    ResponseEntity<byte[]> xlsx(Actor me, @PathVariable long campaignId, HttpServletRequest request) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        FundLedger ledger = funds.ledger(me, campaignId);
        byte[] content = funds.workbook(me, ledger, code -> messages.getMessage(code, null, code, zh));
        String file = Downloads.fileName(ledger.campaignTitle() + "专项经费", ".xlsx");
        return Downloads.attachment(me, exports, request, "fund", campaignId, Downloads.XLSX, file, content);
    }

    private String page(Actor me, long campaignId, Model model, Map<String, String> errors, String failedForm) {
        model.addAttribute("ledger", funds.ledger(me, campaignId));
        model.addAttribute("manages", funds.mayManage(me, campaignId));
        model.addAttribute("maySpend", me.can(Permission.TASK_REPORT) && !me.isSystem());
        model.addAttribute("purposes", FundPurpose.values());
        model.addAttribute("units", funds.mayManage(me, campaignId) ? units.pickable(me, Permission.UNIT_VIEW)
                : List.of());
        model.addAttribute("errors", errors);
        model.addAttribute("failedForm", failedForm);
        return "leadership/fund-ledger";
    }


    private static FundPurpose purpose(String value) {
        try {
            return value == null ? null : FundPurpose.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
