package org.shuangda.entities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.shuangda.entities.EntityDraft;
import org.shuangda.entities.EntityPage;
import org.shuangda.entities.EntityQuery;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.LegalRepIdentity;
import org.shuangda.entities.MarketEntity;
import org.shuangda.shared.Actor;
import org.shuangda.shared.CreditAlerts;
import org.shuangda.shared.web.ClientAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The market-entity directory as JSON. Reads need ENTITY_VIEW, writes ENTITY_MANAGE; an entity outside the
 * caller's data scope answers 404. Invalid input answers 422 with {@code errors:[{field,reason}]}, the
 * reasons in the language of {@code Accept-Language} (Chinese by default).
 */
@RestController
@RequestMapping("/api/v1/entities")
@Tag(name = "Market entities 市场主体", description = "Scoped directory of enterprises, individual businesses and cooperatives")
class EntityApiController {

    private final MarketEntities entities;
    private final LegalRepIdentity legalRepIdentity;
    private final ClientAddress clientAddress;
    private final CreditAlerts creditAlerts;

    /** Why the caller opens the legal representative's full ID number (4–500 characters). */
    record Reveal(String reason) {
    }

    /** The legal representative's full ID number. */
    record LegalRepIdNumber(long entityId, String idNumber) {
    }

    EntityApiController(MarketEntities entities, LegalRepIdentity legalRepIdentity, ClientAddress clientAddress,
            CreditAlerts creditAlerts) {
        this.creditAlerts = creditAlerts;
        this.entities = entities;
        this.legalRepIdentity = legalRepIdentity;
        this.clientAddress = clientAddress;
    }

    @GetMapping
    @Operation(summary = "List and search entities in the caller's scope",
            description = "q matches names fuzzily (substring or similar name, pg_trgm) or a complete USCC exactly. "
                    + "Contact phones are masked in lists; ID numbers are always masked.")
    EntityPage list(Actor me, @Parameter(description = "Part of a name, a similar name, or an 18-character USCC")
            @RequestParam(required = false) String q,
            @Parameter(description = "Six-digit region code: that region and the regions below it")
            @RequestParam(required = false) String region,
            @Parameter(description = "1-based page") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Rows per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        return entities.search(me, new EntityQuery(q, region, page, size)).forList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entity (404 when it does not exist or lies outside the caller's scope)",
            description = "`creditAlerts`: when the entity is on a credit blacklist (严重违法失信名单, 经营异常名录), "
                    + "each listing with the joint punishment measures that apply (empty without CREDIT_VIEW).")
    EntityJson get(Actor me, @PathVariable long id) {
        MarketEntity entity = entities.get(me, id);
        return new EntityJson(entity, creditAlerts.forEntity(me, entity.id()));
    }

    @PostMapping("/{id}/legal-rep-id-number")
    @Operation(summary = "The legal representative's full ID number, for a caller with ENTITY_MANAGE over the "
            + "entity's region, with {\"reason\": \"…\"} (4–500 characters, else 422; 403 without the right); stored "
            + "on the unit head's review list and audited")
    LegalRepIdNumber legalRepIdNumber(Actor me, @PathVariable long id, @RequestBody(required = false) Reveal body,
            HttpServletRequest request) {
        return new LegalRepIdNumber(id, legalRepIdentity.reveal(me, id, body == null ? null : body.reason(),
                clientAddress.of(request)));
    }

    @PostMapping
    @Operation(summary = "Register an entity",
            description = "201 with Location. A USCC whose check character is wrong is refused unless usccOverride "
                    + "is true and overrideReason is given (legacy codes issued before 2016).")
    ResponseEntity<MarketEntity> create(Actor me, @RequestBody EntityDraft draft, UriComponentsBuilder uri) {
        MarketEntity created = entities.create(me, draft);
        return ResponseEntity.created(uri.path("/api/v1/entities/{id}").buildAndExpand(created.id()).toUri())
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an entity",
            description = "Replaces every field. legalRepIdNumber: omit it (or send the masked value) to keep the "
                    + "stored number, send an empty string to clear it. version, if sent, must match.")
    MarketEntity update(Actor me, @PathVariable long id, @RequestBody EntityDraft draft) {
        return entities.update(me, id, draft);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an entity (204)")
    ResponseEntity<Void> delete(Actor me, @PathVariable long id) {
        entities.delete(me, id);
        return ResponseEntity.noContent().build();
    }
}
