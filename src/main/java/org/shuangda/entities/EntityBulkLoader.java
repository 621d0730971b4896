package org.shuangda.entities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads entities on behalf of the system, not a person (demo data, benchmarks): the same validation as
 * every form, no data scope, batched inserts and one IMPORT audit entry by the (system) actor naming
 * {@code source}. Refuses the whole list if any draft is invalid or a code repeats.
 */
@Component
public class EntityBulkLoader {

    private final EntityStore store;
    private final EntityRegionStore regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EntityBulkLoader(EntityStore store, EntityRegionStore regions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public int load(Actor actor, List<EntityDraft> drafts, String source) {
        LocalDate today = LocalDate.now(clock);
        EntityValidator validator = new EntityValidator(RegionLookup.preloaded(regions, today), today);
        List<EntityValues> values = new ArrayList<>(drafts.size());
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            EntityValidator.Outcome outcome = validator.validate(drafts.get(i), DataScope.everything());
            if (!outcome.problems().isEmpty()) {
                throw new IllegalArgumentException("draft " + i + " (" + drafts.get(i).name() + ") is invalid: "
                        + outcome.problems().stream().map(p -> p.field() + " " + p.reason()).toList());
            }
            EntityValues v = outcome.values().orElseThrow();
            if (v.uscc() != null && !codes.add(v.uscc())) {
                throw new IllegalArgumentException("USCC repeats: " + v.uscc());
            }
            values.add(v);
        }
        if (!store.holders(codes).isEmpty()) {
            throw new IllegalArgumentException("USCC already registered: " + store.holders(codes).keySet());
        }
        store.insertAll(values, source, OffsetDateTime.now(clock));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rows", values.size());
        after.put("source", source);
        events.publishEvent(AuditableChange.of(actor, AuditAction.IMPORT, EntityAudit.TYPE, null,
                "导入市场主体 " + values.size() + " 条 / loaded " + values.size() + " entities: " + source, after));
        return values.size();
    }
}
