package org.shuangda.entities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shuangda.entities.EntityQuery;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.shared.Actor;
import org.shuangda.shared.CreditAlert;
import org.shuangda.shared.CreditAlerts;
import org.shuangda.shared.web.PickerOption;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The entity picker's search (当事人 and wherever an entity is chosen): part of a name, a similar name, a whole or
 * partial USCC, within the caller's {@code ENTITY_VIEW} scope (another county's entities never come back).
 */
@RestController
@RequestMapping("/api/v1/pickers/entities")
@Tag(name = "Pickers")
class EntityPickerApi {

    private final MarketEntities entities;
    private final CreditAlerts creditAlerts;

    EntityPickerApi(MarketEntities entities, CreditAlerts creditAlerts) {
        this.entities = entities;
        this.creditAlerts = creditAlerts;
    }

    @GetMapping
    @Operation(summary = "Entities matching a name or USCC fragment, for a picker (closest first, at most 20)",
            description = "Without q: the newest entities in scope. Each option: id, name, and USCC with region; "
                    + "for a caller with CREDIT_VIEW, an entity on a credit list says so in its detail (⚠ 严重违法失信名单), "
                    + "so whoever picks a party sees it before the form is sent.")
    List<PickerOption> search(Actor me, @Parameter(description = "part of a name, a similar name, or (part of) a USCC")
            @RequestParam(required = false) String q, @Parameter(description = "1 to 20, default 10")
            @RequestParam(required = false) Integer limit) {
        List<MarketEntity> found = entities.search(me, new EntityQuery(q, null, 1, PickerOption.limit(limit))).items();
        Map<Long, List<CreditAlert>> listed = creditAlerts.forEntities(me, found.stream().map(MarketEntity::id).toList());
        return found.stream().map(e -> {
            PickerOption o = option(e);
            List<CreditAlert> alerts = listed.getOrDefault(e.id(), List.of());
            return alerts.isEmpty() ? o : new PickerOption(o.id(), o.label(), o.detail() + " · ⚠ "
                    + alerts.stream().map(CreditAlert::listLabel).distinct().collect(Collectors.joining("、")));
        }).toList();
    }

    static PickerOption option(MarketEntity e) {
        String region = e.regionName() == null ? "" : " · " + e.regionName();
        return new PickerOption(Long.toString(e.id()), e.name(), e.uscc() + region);
    }
}
