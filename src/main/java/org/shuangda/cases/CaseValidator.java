package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.CaseParty.PartyKind;
import org.shuangda.cases.CaseStore.PartyRow;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.entities.ResidentIdNumber;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link CaseDraft} and resolves its parties, all problems at once: title and category, amounts
 * not negative, 立案 not in the future, at least two handling officers who are users of the handling unit,
 * parties from the directory (within the actor's view of it) or persons with a valid ID number, goods with a
 * name, a quantity and a unit.
 */
@Component
class CaseValidator {

    private final MarketEntities entities;
    private final JdbcClient jdbc;

    CaseValidator(MarketEntities entities, JdbcClient jdbc) {
        this.entities = entities;
        this.jdbc = jdbc;
    }

    List<PartyRow> validate(CaseDraft d, long unitId) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (CaseStore.blank(d.title()) == null) {
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
        if (d.registeredAt() != null && d.registeredAt().isAfter(LocalDateTime.now(WorkingCalendar.ZONE))) {
            problems.add("registeredAt", "case.invalid.future");
        }
        officers(problems, d.officerIds(), unitId);
        List<PartyRow> parties = parties(problems, d.parties());
        for (int i = 0; i < d.goods().size(); i++) {
            SeizedGoods g = d.goods().get(i);
            if (CaseStore.blank(g.name()) == null || CaseStore.blank(g.unitLabel()) == null || g.quantity() == null
                    || g.quantity().signum() < 0 || g.value() != null && g.value().signum() < 0) {
                problems.add("goods[" + i + "]", "case.invalid.goods");
            }
        }
        problems.throwIfAny();
        return parties;
    }

    private void officers(InvalidInput.Collector problems, List<Long> ids, long unitId) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.size() < EnforcementCase.MIN_OFFICERS) {
            problems.add("officerIds", "case.invalid.officers", EnforcementCase.MIN_OFFICERS);
            return;
        }
        int ofUnit = jdbc.sql("select count(*) from app_user where id = any(:ids) and unit_id = :unit and enabled")
                .param("ids", distinct.toArray(Long[]::new)).param("unit", unitId).query(Integer.class).single();
        if (ofUnit != distinct.size()) {
            problems.add("officerIds", "case.invalid.officerUnit");
        }
    }

    private List<PartyRow> parties(InvalidInput.Collector problems, List<PartyInput> inputs) {
        List<PartyRow> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PartyInput p = inputs.get(i);
            String field = "parties[" + i + "]";
            if (p.kind() == PartyKind.ENTITY) {
                if (p.entityId() == null) {
                    problems.add(field, "case.invalid.partyEntity");
                    continue;
                }
                try {
                    MarketEntity e = entities.get(p.entityId());
                    rows.add(new PartyRow(PartyKind.ENTITY, e.id(), e.name(), e.uscc(), null, e.address()));
                } catch (NotFoundProblem e) {
                    problems.add(field, "case.invalid.partyEntity");
                }
            } else if (p.kind() == PartyKind.PERSON) {
                ResidentIdNumber.Check check = ResidentIdNumber.check(p.idNumber());
                if (CaseStore.blank(p.name()) == null) {
                    problems.add(field, "case.invalid.partyName");
                } else if (!check.valid()) {
                    problems.add(field, "case.invalid.idNumber");
                } else {
                    rows.add(new PartyRow(PartyKind.PERSON, null, p.name().strip(), null, check.normalized(),
                            CaseStore.blank(p.address())));
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
        }
    }
}
