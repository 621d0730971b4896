package org.shuangda.inspections.records.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.entities.MarketEntities;
import org.shuangda.identity.Officers;
import org.shuangda.inspections.markets.KeyMarket;
import org.shuangda.inspections.markets.KeyMarkets;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.stereotype.Component;

/**
 * The names of what a refused record form had chosen (officers, entities, markets, joint units): the pickers' chips
 * send only ids. Something unknown or out of sight keeps its id as its name (the form says what is wrong with it).
 */
@Component
class ChosenNames {

    private final Officers officers;
    private final MarketEntities entities;
    private final KeyMarkets markets;
    private final UnitDirectory units;

    ChosenNames(Officers officers, MarketEntities entities, KeyMarkets markets, UnitDirectory units) {
        this.officers = officers;
        this.entities = entities;
        this.markets = markets;
        this.units = units;
    }

    Map<Long, String> officers(List<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, officers.find(id).map(o -> o.displayName()).orElse("#" + id)));
        return out;
    }

    Map<Long, String> entities(Actor me, List<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Long id : ids) {
            String name;
            try {
                name = entities.get(me, id).name();
            } catch (NotFoundProblem | AccessDeniedProblem e) {
                name = "#" + id;
            }
            out.put(id, name);
        }
        return out;
    }

    Map<Long, String> markets(Actor me, List<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Long id : ids) {
            String name;
            try {
                KeyMarket m = markets.get(me, id);
                name = m.name();
            } catch (NotFoundProblem | AccessDeniedProblem e) {
                name = "#" + id;
            }
            out.put(id, name);
        }
        return out;
    }

    String unit(String id) {
        return id.matches("\\d{1,18}") ? units.find(Long.parseLong(id)).map(u -> u.name()).orElse("#" + id) : id;
    }
}
