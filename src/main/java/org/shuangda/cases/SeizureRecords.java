package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 查封扣押 as a record (行政强制法 第二十四条、第二十八条): the officer records the decision — measure, place, 文号 (the
 * unit's numbering gives it when left blank and the unit has an abbreviation), date — with at least one item; the
 * step ({@link CaseAction#SEIZE}) starts the rulebook's {@code seizure.hold} clock from the decision day. The
 * release records its date, reason and whether the goods were returned or confiscated, and stops the clock
 * ({@link CaseAction#RELEASE}). Both are audited and written on the case's timeline; a bad row is a 422 naming
 * the row and the field, and nothing is written.
 */
@Service
public class SeizureRecords {

    private final CaseSteps steps;
    private final CaseAccess access;
    private final CaseNumbers numbers;
    private final SeizureStore store;
    private final ApplicationEventPublisher events;

    SeizureRecords(CaseSteps steps, CaseAccess access, CaseNumbers numbers, SeizureStore store,
            ApplicationEventPublisher events) {
        this.steps = steps;
        this.access = access;
        this.numbers = numbers;
        this.store = store;
        this.events = events;
    }

    /** The case's latest seizure record, for whoever sees the case. */
    @Transactional(readOnly = true)
    public Optional<SeizureRecord> latest(Actor actor, long caseId) {
        access.visible(actor, caseId);
        return store.latest(caseId);
    }

    /** The case's 案值 with its parts (the goods, the seized items), for whoever sees the case. */
    @Transactional(readOnly = true)
    public CaseValue caseValue(Actor actor, long caseId) {
        CaseView c = access.visible(actor, caseId);
        return CaseValue.of(c.caseValueEntered(), c.goods(), store.itemsOfCase(caseId));
    }

    /** 实施查封扣押 with its decision and 清单. */
    @Transactional
    public CaseView seize(Actor actor, long caseId, SeizureRecord.Order order) {
        CaseView c = access.visible(actor, caseId);
        LocalDate today = steps.today();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        SeizureRecord.Order o = order == null ? new SeizureRecord.Order(null, null, null, null, List.of()) : order;
        if (o.measure() == null) {
            problems.add("measure", "seizure.missing.measure");
        }
        String place = Texts.blankToNull(o.place());
        if (place == null) {
            problems.add("place", "seizure.missing.place");
        }
        if (o.decidedOn() == null) {
            problems.add("decidedOn", "seizure.missing.decidedOn");
        } else if (o.decidedOn().isAfter(today) || o.decidedOn().isBefore(c.registeredAt().toLocalDate().minusDays(1))) {
            problems.add("decidedOn", "seizure.invalid.decidedOn", o.decidedOn(), c.registeredAt().toLocalDate(), today);
        }
        List<SeizureItem> items = o.items() == null ? List.of() : o.items().stream()
                .filter(i -> i != null && !(Texts.blank(i.name()) && i.quantity() == null && i.value() == null))
                .toList();
        if (items.isEmpty()) {
            problems.add("items", "seizure.missing.items");
        }
        for (int i = 0; i < items.size(); i++) {
            SeizureItem item = items.get(i);
            String at = "items[" + i + "].";
            int row = i + 1;
            if (Texts.blank(item.name())) {
                problems.add(at + "name", "seizure.missing.itemName", row);
            }
            if (item.quantity() == null || item.quantity().signum() <= 0) {
                problems.add(at + "quantity", "seizure.invalid.quantity", row, shown(item.quantity()));
            }
            if (Texts.blank(item.unitLabel())) {
                problems.add(at + "unitLabel", "seizure.missing.unitLabel", row);
            }
            if (item.value() == null || item.value().signum() < 0) {
                problems.add(at + "value", "seizure.invalid.value", row, shown(item.value()));
            } else {
                org.shuangda.shared.Amounts.checkMoney(problems, at + "value", item.value());
            }
        }
        String typed = Texts.blankToNull(o.decisionNumber());
        problems.throwIfAny();
        String number = typed != null ? typed : numbers.nextSeizureNumber(c.unitId(), o.decidedOn().getYear())
                .orElseThrow(() -> new InvalidInput("decisionNumber", "seizure.missing.decisionNumber"));
        List<SeizureItem> clean = items.stream().map(i -> new SeizureItem(i.name().strip(),
                Texts.blankToNull(i.specification()), i.quantity(), i.unitLabel().strip(), i.value())).toList();
        SeizureRecord.Order stored = new SeizureRecord.Order(o.measure(), place, number, o.decidedOn(), clean);
        String label = o.measure() == SeizureMeasure.SEAL ? "查封" : "扣押";
        String line = "实施" + label + "（" + number + "，" + place + "；" + clean.stream()
                .map(i -> i.name() + " " + i.quantity().stripTrailingZeros().toPlainString() + i.unitLabel())
                .collect(Collectors.joining("、")) + "）";
        // the seized items feed the 案值 with the goods (CaseValue: the same goods counted once)
        List<SeizureItem> allSeized = new java.util.ArrayList<>(store.itemsOfCase(caseId));
        allSeized.addAll(clean);
        CaseView after = steps.take(actor, caseId, CaseAction.SEIZE, k -> {
            k.startSeizure(o.decidedOn().equals(today) ? null : o.decidedOn().atTime(9, 0), steps.now(), line);
            k.revalue(allSeized);
        });
        long id = store.insert(caseId, stored, number, actor.username(), steps.nowInstant());
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("measure", o.measure().name());
        fields.put("place", place);
        fields.put("decisionNumber", number);
        fields.put("decidedOn", o.decidedOn());
        fields.put("items", clean.size());
        fields.put("value", clean.stream().map(SeizureItem::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                .toPlainString());
        fields.put("caseValue", (c.caseValue() == null ? "—" : c.caseValue().toPlainString()) + " → "
                + (after.caseValue() == null ? "—" : after.caseValue().toPlainString()));
        events.publishEvent(AuditableChange.created(actor, "case-seizure", id, c.number() + " " + number, fields));
        return after;
    }

    /** 解除查封扣押 on {@code on} (null: today), with the reason and what became of the goods. */
    @Transactional
    public CaseView release(Actor actor, long caseId, LocalDate on, String reason, SeizureDisposal disposal) {
        CaseView c = access.visible(actor, caseId);
        LocalDate today = steps.today();
        LocalDate day = on == null ? today : on;
        Optional<SeizureRecord> held = store.latest(caseId).filter(r -> !r.released());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String why = Texts.blankToNull(reason);
        if (why == null) {
            problems.add("releaseReason", "seizure.missing.releaseReason");
        }
        if (disposal == null) {
            problems.add("disposal", "seizure.missing.disposal");
        }
        if (day.isAfter(today) || held.map(r -> day.isBefore(r.decidedOn())).orElse(false)) {
            problems.add("releasedOn", "seizure.invalid.releasedOn", day, held.map(SeizureRecord::decidedOn)
                    .orElse(c.registeredAt().toLocalDate()), today);
        }
        problems.throwIfAny();
        String line = "解除查封扣押（" + why + "；" + (disposal == SeizureDisposal.RETURNED ? "物品已退还" : "物品依法没收") + "）";
        CaseView after = steps.take(actor, caseId, CaseAction.RELEASE, k -> k.releaseSeizure(
                day.equals(today) ? steps.now() : day.atTime(17, 0), line));
        held.ifPresent(r -> {
            store.release(r.id(), day, why, disposal);
            // 解除查封（扣押）决定书 numbered in the unit's 强 series when the unit has an abbreviation
            String releaseNumber = numbers.nextSeizureNumber(c.unitId(), day.getYear()).orElse(null);
            if (releaseNumber != null) {
                store.releaseNumber(r.id(), releaseNumber);
            }
            Map<String, Object> released = new java.util.LinkedHashMap<>();
            released.put("releasedOn", day);
            released.put("reason", why);
            released.put("disposal", disposal.name());
            released.put("releaseNumber", releaseNumber == null ? "—" : releaseNumber);
            events.publishEvent(AuditableChange.updated(actor, "case-seizure", r.id(), c.number() + " " + r.decisionNumber(),
                    Map.of("releasedOn", "—"), released));
        });
        return after;
    }

    private static String shown(BigDecimal v) {
        return v == null ? "（空）" : v.stripTrailingZeros().toPlainString();
    }
}
