package org.shuangda.cases.publication.web;

import org.shuangda.cases.publication.Publications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page of published penalties (/public/penalties): no login, search, detail with history. */
@Controller
class PublicPenalties {

    static final int PAGE_SIZE = 20;

    private final Publications publications;

    PublicPenalties(Publications publications) {
        this.publications = publications;
    }

    @GetMapping(value = "/public/penalties", produces = "text/html")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        var result = publications.publicPage(q, page, PAGE_SIZE);
        model.addAttribute("rows", result.rows());
        model.addAttribute("total", result.total());
        model.addAttribute("q", q);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "public/penalties";
    }

    @GetMapping(value = "/public/penalties/{id}", produces = "text/html")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("record", publications.publicRecord(id));
        return "public/penalty";
    }
}
