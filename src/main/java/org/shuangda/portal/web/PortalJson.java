package org.shuangda.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuangda.entities.PublicEntity;
import org.shuangda.portal.Portal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's pages as JSON ({@code Accept: application/json}), for sites that republish them: the same records
 * the pages show, natural persons masked, only what is shown today.
 */
@RestController
@Tag(name = "Public portal", description = "一公开, no login: the home page's sections, the search and the entity lookup")
class PortalJson {

    private final Portal portal;

    PortalJson(Portal portal) {
        this.portal = portal;
    }

    /** The portal's home: each section's latest records. */
    record Home(List<Portal.Section> sections, List<Portal.Block> latest) {
    }

    @GetMapping(value = {"/public", "/public/"}, produces = "application/json")
    @Operation(summary = "The portal's sections and each one's latest records (shown today)")
    Home home() {
        return new Home(portal.sections(), portal.latest());
    }

    @GetMapping(value = "/public/search", produces = "application/json")
    @Operation(summary = "Search what is published: one section's page, or the first records of every section",
            description = "A bad date, dates the wrong way round, an unknown section or region: 422 on the field.")
    List<Portal.Block> search(@Parameter(description = "words: a name, a number, a USCC, a title")
            @RequestParam(required = false) String q,
            @Parameter(description = "a section key (penalties, serious, abnormal, inspections, commendations, …)")
            @RequestParam(required = false) String section,
            @Parameter(description = "first day, ISO (2026-01-01)") @RequestParam(required = false) String from,
            @Parameter(description = "last day, ISO") @RequestParam(required = false) String to,
            @Parameter(description = "six-digit region code: records of authorities in it")
            @RequestParam(required = false) String regionCode, @RequestParam(defaultValue = "0") int page) {
        return portal.search(PortalPages.filters(q, section, from, to, regionCode, page));
    }

    @GetMapping(value = "/public/entities", produces = "application/json")
    @Operation(summary = "Market entities by the whole USCC or a part of the name (two characters or more), at most 20",
            description = "A person is never found by a name: an individual business registered under a bare "
                    + "personal name is found by its USCC only and shown masked.")
    List<PublicEntity> entities(@RequestParam(required = false) String q) {
        return q == null || q.isBlank() ? List.of() : portal.lookup(q);
    }

    @GetMapping(value = "/public/entities/{id}", produces = "application/json")
    @Operation(summary = "One entity and what each section shows about it today (404 for an unknown id)")
    Portal.EntityPage entity(@PathVariable long id) {
        return portal.entity(id);
    }
}
