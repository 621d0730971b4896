package org.shuangda.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.entities.PublicEntity;
import org.shuangda.portal.Portal;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's own pages: the home page {@code /public} (the citizen's entries — report, complain, ask, track —
 * the entity lookup and each section's latest records), the search {@code /public/search} across sections with
 * filters, and the entity lookup {@code /public/entities?q=} with an entity's page of what is published about it.
 * The sections' own pages stay in their modules and share the portal's layout ({@code templates/portal/layout.html}).
 * The pages declare no media type, so they answer every request that does not ask for JSON (a browser, a client
 * sending no {@code Accept}); {@code Accept: application/json} reaches {@link PortalJson}.
 */
@Controller
class PortalPages {

    private final Portal portal;
    private final FormErrors formErrors;

    PortalPages(Portal portal, FormErrors formErrors) {
        this.portal = portal;
        this.formErrors = formErrors;
    }

    @GetMapping({"/public", "/public/"})
    String home(Model model) {
        model.addAttribute("blocks", portal.latest());
        return "portal/home";
    }

    @GetMapping("/public/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String section,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String regionCode, @RequestParam(defaultValue = "0") int page,
            HttpServletResponse response, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("section", section);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("regionCode", regionCode);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pageSize", Portal.PAGE_SIZE);
        try {
            model.addAttribute("blocks", portal.search(filters(q, section, from, to, regionCode, page)));
            model.addAttribute("errors", Map.of());
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("blocks", List.of());
            model.addAttribute("errors", formErrors.of(e));
        }
        return "portal/search";
    }

    @GetMapping("/public/entities")
    String entities(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        List<PublicEntity> found = q == null || q.isBlank() ? List.of() : portal.lookup(q);
        model.addAttribute("entities", found);
        model.addAttribute("asked", q != null && !q.isBlank());
        return "portal/entities";
    }

    @GetMapping("/public/entities/{id}")
    String entity(@PathVariable long id, Model model) {
        model.addAttribute("page", portal.entity(id));
        return "portal/entity";
    }

    /** The filters as typed: dates in ISO form within the plausible range (422 on the field otherwise). */
    static Portal.Filters filters(String q, String section, String from, String to, String regionCode, int page) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        LocalDate fromDay = date(problems, "from", from);
        LocalDate toDay = date(problems, "to", to);
        problems.throwIfAny();
        return new Portal.Filters(q, section, fromDay, toDay, regionCode, Math.max(0, Math.min(page, 10_000)));
    }

    private static LocalDate date(InvalidInput.Collector problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (!PlausibleDates.contains(day)) {
                problems.add(field, "portal.error.date", value.strip());
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add(field, "portal.error.date", value.strip());
            return null;
        }
    }
}
