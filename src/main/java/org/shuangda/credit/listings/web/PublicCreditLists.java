package org.shuangda.credit.listings.web;

import java.util.List;
import org.shuangda.credit.listings.CreditListings;
import org.shuangda.credit.listings.ListKind;
import org.shuangda.credit.listings.PublicListing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public lists without login: {@code /public/credit/serious} and {@code /public/credit/abnormal} (name,
 * USCC, ground, authority, date, removal; natural persons masked; a record leaves the page the day its period
 * ends or it is removed), as a page or, with {@code Accept: application/json}, as JSON.
 */
@Controller
class PublicCreditLists {

    static final int PAGE_SIZE = 20;

    /** The JSON of a public list. */
    record PublicPage(List<PublicListing> rows, long total, int page) {
    }

    private final CreditListings listings;

    PublicCreditLists(CreditListings listings) {
        this.listings = listings;
    }

    @GetMapping(value = "/public/credit/serious", produces = "text/html")
    String serious(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        return page(ListKind.SERIOUS, q, page, model);
    }

    @GetMapping(value = "/public/credit/abnormal", produces = "text/html")
    String abnormal(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        return page(ListKind.ABNORMAL, q, page, model);
    }

    @GetMapping(value = "/public/credit/serious", produces = "application/json")
    @ResponseBody
    PublicPage seriousJson(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page) {
        return json(ListKind.SERIOUS, q, page);
    }

    @GetMapping(value = "/public/credit/abnormal", produces = "application/json")
    @ResponseBody
    PublicPage abnormalJson(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page) {
        return json(ListKind.ABNORMAL, q, page);
    }

    private PublicPage json(ListKind kind, String q, int page) {
        int p = Math.max(0, page);
        return new PublicPage(listings.shown(kind, q, p, PAGE_SIZE), listings.countShown(kind, q), p);
    }

    private String page(ListKind kind, String q, int page, Model model) {
        int p = Math.max(0, page);
        long total = listings.countShown(kind, q);
        model.addAttribute("kind", kind);
        model.addAttribute("base", kind == ListKind.SERIOUS ? "/public/credit/serious" : "/public/credit/abnormal");
        model.addAttribute("rows", listings.shown(kind, q, p, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("q", q);
        model.addAttribute("page", p);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return "public/credit-list";
    }
}
