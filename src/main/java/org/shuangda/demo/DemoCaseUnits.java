package org.shuangda.demo;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.shuangda.cases.CaseNumbers;
import org.shuangda.entities.EntityPage;
import org.shuangda.entities.EntityQuery;
import org.shuangda.entities.EntityType;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.identity.UserView;
import org.shuangda.identity.Users;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Looks up the demo county's 工商局 (the unit of its officer), its two users who handle cases (officer and
 * reporter), its first market entities and the abbreviation its numbers carry, through the services of
 * identity, entities and cases.
 */
@Component
class DemoCaseUnits {

    record County(long unitId, List<Long> officers, List<Long> entities, String abbreviation, int year) {

        long entity(int i) {
            return entities.get(i % entities.size());
        }

        /** e.g. 黎工商罚〔2026〕1号 (the demo's own numbering of decisions). */
        String decisionNumber(int i) {
            return abbreviation.replace("处", "") + "罚〔" + year + "〕" + (i + 1) + "号";
        }
    }

    private static final int ENTITIES = 8;

    private final Users users;
    private final MarketEntities entities;
    private final CaseNumbers numbers;
    private final Clock clock;

    DemoCaseUnits(Users users, MarketEntities entities, CaseNumbers numbers, Clock clock) {
        this.users = users;
        this.entities = entities;
        this.numbers = numbers;
        this.clock = clock;
    }

    County county(Actor system, String regionCode, String prefix) {
        UserView officer = user(system, prefix + ".officer");
        List<Long> officers = Stream.of(officer, user(system, prefix + ".inspector")).map(UserView::id).sorted().toList();
        List<MarketEntity> inCounty = entitiesIn(system, regionCode);
        List<Long> first = inCounty.stream().filter(e -> e.entityType() == EntityType.ENTERPRISE).map(MarketEntity::id)
                .sorted().limit(ENTITIES).toList();
        if (first.isEmpty()) {
            first = inCounty.stream().map(MarketEntity::id).sorted().limit(ENTITIES).toList();
        }
        return new County(officer.unitId(), officers, first, numbers.caseAbbreviation(officer.unitId()),
                Year.now(clock).getValue());
    }

    private UserView user(Actor system, String username) {
        return users.list(system, username, 0, 10).users().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo user " + username));
    }

    private List<MarketEntity> entitiesIn(Actor system, String regionCode) {
        List<MarketEntity> all = new ArrayList<>();
        EntityPage page;
        int n = 1;
        do {
            page = entities.search(system, new EntityQuery(null, regionCode, n++, EntityQuery.MAX_SIZE));
            all.addAll(page.items());
        } while (page.page() < page.pages());
        return all;
    }
}
