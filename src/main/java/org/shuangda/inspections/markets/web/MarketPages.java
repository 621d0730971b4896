package org.shuangda.inspections.markets.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.shuangda.inspections.markets.InspectionFrequency;
import org.shuangda.inspections.markets.KeyMarket;
import org.shuangda.inspections.markets.KeyMarkets;
import org.shuangda.inspections.markets.MarketForm;
import org.shuangda.inspections.markets.MarketKind;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.shared.web.ExportAudit;
import org.shuangda.shared.web.FormErrors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The key-market directory's pages: the list (sorts in the browser, exports to XLSX), a market, its form. */
@Controller
@RequestMapping("/inspections/markets")
class MarketPages {

    private final KeyMarkets markets;
    private final FormErrors formErrors;
    private final MarketWorkbook workbook;
    private final ExportAudit exportAudit;
    private final java.time.Clock clock;

    MarketPages(KeyMarkets markets, FormErrors formErrors, MarketWorkbook workbook, ExportAudit exportAudit,
            java.time.Clock clock) {
        this.clock = clock;
        this.markets = markets;
        this.formErrors = formErrors;
        this.workbook = workbook;
        this.exportAudit = exportAudit;
    }

    @GetMapping
    String list(Actor me, @RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            Model model) {
        model.addAttribute("markets", markets.list(me, q, kindOf(kind)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", kindOf(kind));
        model.addAttribute("kinds", MarketKind.values());
        model.addAttribute("mayManage", markets.mayManage(me));
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "inspections/markets";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(Actor me, @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind, HttpServletRequest request) {
        List<KeyMarket> all = markets.list(me, q, kindOf(kind));
        byte[] file = workbook.of(all);
        String name = "key-markets.xlsx";
        exportAudit.exported(me, "key_market", null, name, request);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType(MarketWorkbook.CONTENT_TYPE)).body(file);
    }

    @GetMapping("/new")
    String newForm(Actor me, Model model) {
        me.require(Permission.INSPECTION_SETTINGS);
        return form(model, null, new MarketForm(null, MarketKind.BAZAAR.name(), null, null, me.unitRegionCode(),
                null, null, null, null, null, null, InspectionFrequency.MONTHLY.name(), true, null, null, null), Map.of());
    }

    @PostMapping
    String create(Actor me, @ModelAttribute MarketForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            KeyMarket m = markets.create(me, form);
            redirect.addFlashAttribute("saved", m.name());
            return "redirect:/inspections/markets/" + m.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(model, null, form, formErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String show(Actor me, @PathVariable long id, Model model) {
        model.addAttribute("market", markets.get(me, id));
        model.addAttribute("mayManage", markets.mayManage(me));
        return "inspections/market";
    }

    @GetMapping("/{id}/edit")
    String edit(Actor me, @PathVariable long id, Model model) {
        me.require(Permission.INSPECTION_SETTINGS);
        KeyMarket m = markets.get(me, id);
        return form(model, m, new MarketForm(m.name(), m.kind().name(), m.operatorEntityId(), m.address(),
                m.regionCode(), m.unitId(), m.stalls(), m.sellers(), null, null, m.goods(), m.frequency().name(),
                m.active(), m.sellerEntities().stream().map(KeyMarket.Seller::entityId).toList(),
                m.sellerEntities().stream().map(KeyMarket.Seller::stall).toList(), m.version()), Map.of());
    }

    @PostMapping("/{id}")
    String update(Actor me, @PathVariable long id, @ModelAttribute MarketForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            KeyMarket m = markets.update(me, id, form);
            redirect.addFlashAttribute("saved", m.name());
            return "redirect:/inspections/markets/" + m.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(model, markets.get(me, id), form, formErrors.of(e));
        }
    }

    private String form(Model model, KeyMarket market, MarketForm form, Map<String, String> errors) {
        model.addAttribute("market", market);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", MarketKind.values());
        model.addAttribute("frequencies", InspectionFrequency.values());
        return "inspections/market-form";
    }

    static MarketKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return MarketKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            return null; // a stale link's filter: show them all
        }
    }
}
