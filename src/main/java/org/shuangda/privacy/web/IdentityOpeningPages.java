package org.shuangda.privacy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.shuangda.privacy.IdentityOpenings;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 身份查看记录: the unit head's review list, with a filter by day and a "reviewed" form on each open line. */
@Controller
@RequestMapping("/identity-openings")
class IdentityOpeningPages {

    private final IdentityOpenings openings;
    private final FormErrors formErrors;

    IdentityOpeningPages(IdentityOpenings openings, FormErrors formErrors) {
        this.openings = openings;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Actor me, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean reviewed, @RequestParam(required = false) IdentityOpenings.Sort sort,
            @RequestParam(defaultValue = "desc") String dir, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletResponse response) {
        IdentityOpenings.Filter filter = new IdentityOpenings.Filter(from, to, reviewed, sort,
                "asc".equalsIgnoreCase(dir));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("reviewed", reviewed);
        model.addAttribute("sort", filter.sort());
        model.addAttribute("dir", filter.ascending() ? "asc" : "desc");
        model.addAttribute("sorts", IdentityOpenings.Sort.values());
        try {
            model.addAttribute("result", openings.list(me, filter, page, 50));
            model.addAttribute("errors", Map.of());
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("result", openings.list(me, new IdentityOpenings.Filter(null, null, reviewed, sort,
                    filter.ascending()), 0, 50));
            model.addAttribute("errors", formErrors.of(e));
        }
        return "privacy/openings";
    }

    @PostMapping("/{id}/review")
    String review(Actor me, @PathVariable long id, @RequestParam(required = false) String remark,
            RedirectAttributes redirect) {
        try {
            openings.review(me, id, remark);
            redirect.addFlashAttribute("reviewedId", id);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("reviewError", String.join(" ", formErrors.of(e).values()));
        }
        return "redirect:/identity-openings";
    }
}
