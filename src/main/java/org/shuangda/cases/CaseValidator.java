package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.CaseParty.PartyKind;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.entities.ResidentIdNumber;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link CaseDraft} and resolves it into {@link CaseDetails}, all problems at once: title and category, amounts
 * not negative, 立案 not in the future, at least two handling officers who are users of the handling unit,
 * parties from the directory (within the actor's view of it) or persons with a valid ID number, goods with a
 * name, a quantity and a unit.
 */
@Component
class CaseValidator {

    private final MarketEntities entities;
    private final CaseStore store;

    CaseValidator(MarketEntities entities, CaseStore store) {
        this.entities = entities;
        this.store = store;
    }

    CaseDetails validate(Actor actor, CaseDraft d, long unitId, LocalDateTime now) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (Texts.blank(d.title())) {
            problems.add("title", "error.required");
        } else if (d.title().strip().length() > 200) {
            problems.add("title", "case.invalid.tooLong", 200);
        }
        if (d.category() == null) {
            problems.add("category", "error.required");
        }
        amount(problems, "caseValue", d.caseValue());
        amount(problems, "illegalGains", d.illegalGains());
        amount(problems, "illegalBusinessAmount", d.illegalBusinessAmount());
        if (d.registeredAt() != null && d.registeredAt().isAfter(now)) {
            problems.add("registeredAt", "case.invalid.future");
        }
        PlausibleDates.check(problems, "registeredAt", d.registeredAt());
        officers(problems, d.officerIds(), unitId);
        List<Party> parties = parties(actor, problems, d.parties(), now.toLocalDate());
        for (int i = 0; i < d.goods().size(); i++) {
            SeizedGoods g = d.goods().get(i);
            if (Texts.blank(g.name()) || Texts.blank(g.unitLabel()) || g.quantity() == null
                    || g.quantity().signum() < 0 || g.value() != null && g.value().signum() < 0
                    || !org.shuangda.shared.Amounts.fits(g.quantity(), 16, 3)
                    || g.value() != null && !org.shuangda.shared.Amounts.fits(g.value(), 16, 2)) {
                problems.add("goods[" + i + "]", "case.invalid.goods");
            }
        }
        problems.throwIfAny();
        return new CaseDetails(d.title().strip(), d.category(), Texts.blankToNull(d.productCategory()),
                Texts.blankToNull(d.facts()), CaseValue.of(d.caseValue(), d.goods(), List.of()).value(), d.caseValue(),
                d.illegalGains(), d.illegalBusinessAmount(),
                parties, d.goods(), d.officerIds());
    }

    private void officers(InvalidInput.Collector problems, List<Long> ids, long unitId) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.size() < EnforcementCase.MIN_OFFICERS) {
            problems.add("officerIds", "case.invalid.officers", EnforcementCase.MIN_OFFICERS);
            return;
        }
        List<HandlingOfficer> users = store.usersOf(unitId);
        Set<Long> ofUnit = users.stream().map(HandlingOfficer::userId).collect(Collectors.toSet());
        if (!ofUnit.containsAll(distinct)) {
            problems.add("officerIds", "case.invalid.officerUnit");
            return;
        }
        Set<Long> enforcers = store.enforcersOf(unitId).stream().map(HandlingOfficer::userId)
                .collect(Collectors.toSet());
        String refused = users.stream().filter(u -> distinct.contains(u.userId()) && !enforcers.contains(u.userId()))
                .map(HandlingOfficer::displayName).collect(Collectors.joining("、"));
        if (!refused.isEmpty()) {
            problems.add("officerIds", "case.invalid.officerRole", refused);
        }
    }

    private List<Party> parties(Actor actor, InvalidInput.Collector problems, List<PartyInput> inputs,
            java.time.LocalDate today) {
        List<Party> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PartyInput p = inputs.get(i);
            String field = "parties[" + i + "]";
            if (p.kind() == PartyKind.ENTITY) {
                if (p.entityId() == null) {
                    problems.add(field, "case.invalid.partyEntity");
                    continue;
                }
                try {
                    MarketEntity e = entities.get(actor, p.entityId());
                    rows.add(new Party(PartyKind.ENTITY, e.id(), e.name(), e.uscc(), null, e.address()));
                } catch (NotFoundProblem e) {
                    problems.add(field, "case.invalid.partyEntity");
                }
            } else if (p.kind() == PartyKind.PERSON) {
                ResidentIdNumber.Check check = ResidentIdNumber.check(p.idNumber(), today);
                if (Texts.blank(p.name())) {
                    problems.add(field, "case.invalid.partyName");
                } else if (!check.valid()) {
                    problems.add(field, "case.invalid.idNumber");
                } else {
                    rows.add(new Party(PartyKind.PERSON, null, p.name().strip(), null, check.normalized(),
                            Texts.blankToNull(p.address())));
                }
            } else {
                problems.add(field, "case.invalid.partyKind");
            }
        }
        return rows;
    }

    private static void amount(InvalidInput.Collector problems, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.scale() > 2 && value.stripTrailingZeros().scale() > 2)) {
            problems.add(field, "case.invalid.amount");
        } else {
            org.shuangda.shared.Amounts.checkMoney(problems, field, value); // within numeric(16, 2)
        }
    }
}
