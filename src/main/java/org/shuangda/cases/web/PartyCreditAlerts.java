package org.shuangda.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.shuangda.cases.CaseParty;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.ClueView;
import org.shuangda.shared.Actor;
import org.shuangda.shared.CreditAlert;
import org.shuangda.shared.CreditAlerts;
import org.springframework.stereotype.Component;

/**
 * The credit warnings of a case's business parties and of a clue's subject (shared.CreditAlerts: cases never
 * depends on credit). A party from the directory is asked by its id; a business typed without one, and a clue's
 * subject, by its USCC, else its exact name. Natural persons are never looked up. Empty without CREDIT_VIEW.
 */
@Component
class PartyCreditAlerts {

    private final CreditAlerts alerts;

    PartyCreditAlerts(CreditAlerts alerts) {
        this.alerts = alerts;
    }

    List<CreditAlert> of(Actor me, CaseView c) {
        if (c == null) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        List<CreditAlert> out = new ArrayList<>();
        for (CaseParty p : c.parties()) {
            if (p.kind() != CaseParty.PartyKind.ENTITY) {
                continue;
            }
            if (p.entityId() != null) {
                ids.add(p.entityId());
            } else {
                out.addAll(alerts.forTarget(me, p.uscc(), p.name()));
            }
        }
        alerts.forEntities(me, ids).values().forEach(out::addAll);
        return distinct(out);
    }

    List<CreditAlert> of(Actor me, ClueView clue) {
        if (clue == null) {
            return List.of();
        }
        return distinct(alerts.forTarget(me, clue.subjectUscc(), clue.subject()));
    }

    private static List<CreditAlert> distinct(List<CreditAlert> all) {
        Set<String> seen = new LinkedHashSet<>();
        return all.stream().filter(a -> seen.add(a.entityId() + ":" + a.list() + ":" + a.listedOn())).toList();
    }
}
