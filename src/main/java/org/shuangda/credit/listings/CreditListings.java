package org.shuangda.credit.listings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.credit.DisplayTier;
import org.shuangda.credit.NewCreditFact;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two credit lists: 经营异常名录 entries recorded for their ground and decided within the listing clock,
 * objections and removals on application (SAMR Orders 68 and 107); 严重违法失信名单 entries proposed with a heavier
 * penalty ({@link SeriousListingIntake}), agreed by the upper level, removed early on application after a year or
 * by themselves after three ({@link ListingExpiry}), a removal obtained by fraud reversed (SAMR Order 44). Every
 * read and write in the reader's CREDIT_VIEW / CREDIT_MANAGE scope (404 outside it), every step audited, every
 * listing and removal recorded as a credit fact through {@link CreditFacts}. The public reads {@link #shown}.
 */
@Service
public class CreditListings {

    static final String AUDIT_TYPE = "credit_listing";

    private final ListingStore store;
    private final ListingPeriods periods;
    private final CreditFacts facts;
    private final MarketEntities entities;
    private final UnitDirectory units;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CreditListings(ListingStore store, ListingPeriods periods, CreditFacts facts, MarketEntities entities,
            UnitDirectory units, WorkingCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.periods = periods;
        this.facts = facts;
        this.entities = entities;
        this.units = units;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** Today in Beijing. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    @Transactional(readOnly = true)
    public ListingPage list(Actor actor, ListingQuery query) {
        return store.list(actor.require(Permission.CREDIT_VIEW), query);
    }

    /** Views of a page's rows (clocks and the reader's steps). */
    public List<ListingView> views(Actor actor, List<ListingRow> rows) {
        return rows.stream().map(r -> view(actor, r)).toList();
    }

    /** Up to {@code max} rows of the filter, for the export. */
    @Transactional(readOnly = true)
    public List<ListingView> export(Actor actor, ListingQuery query, int max) {
        return views(actor, store.export(actor.require(Permission.CREDIT_VIEW), query, max));
    }

    /** One listing; 404 when missing or outside the reader's scope. */
    @Transactional(readOnly = true)
    public ListingView get(Actor actor, long id) {
        return view(actor, visible(actor.require(Permission.CREDIT_VIEW), id));
    }

    @Transactional(readOnly = true)
    public List<ListingHistoryEntry> history(Actor actor, long id) {
        visible(actor.require(Permission.CREDIT_VIEW), id);
        return store.history(id);
    }

    /** The listings of one entity in the reader's scope (the entity page's state). */
    @Transactional(readOnly = true)
    public List<ListingView> ofEntity(Actor actor, long entityId) {
        if (!actor.can(Permission.CREDIT_VIEW)) {
            return List.of();
        }
        return views(actor, store.ofEntity(actor.scopeFor(Permission.CREDIT_VIEW), entityId));
    }

    /** Serious listings waiting for the agreement of the actor's level (his unit's region). */
    @Transactional(readOnly = true)
    public List<ListingView> awaitingMyAgreement(Actor actor) {
        if (!actor.can(Permission.CREDIT_MANAGE) || actor.isSystem()) {
            return List.of();
        }
        return views(actor, store.awaitingAgreement(actor.scopeFor(Permission.CREDIT_MANAGE), actor.unitRegionPath()));
    }

    /** Listings in the actor's scope waiting for the listing unit's step (decide, objections, removals). */
    @Transactional(readOnly = true)
    public List<ListingView> waitingForUnit(Actor actor) {
        if (!actor.can(Permission.CREDIT_MANAGE)) {
            return List.of();
        }
        return views(actor, store.waitingForUnit(actor.scopeFor(Permission.CREDIT_MANAGE)));
    }

    /**
     * Records a 经营异常名录 entry for its ground (Order 68 art.4–9), waiting for the listing decision within 10
     * working days of the day the ground arose. Without a ground, or with a ground its facts do not make: 422.
     */
    @Transactional
    public ListingView recordAbnormal(Actor actor, AbnormalDraft draft) {
        DataScope scope = actor.require(Permission.CREDIT_MANAGE);
        LocalDate today = today();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (draft.entityId() == null) {
            problems.add("entityId", "listing.missing.entity");
        }
        if (draft.ground() == null) {
            problems.add("ground", "listing.missing.ground");
        }
        LocalDate trigger = draft.ground() == null ? null : trigger(draft, today, problems);
        Long unitId = actor.isSystem() ? draft.unitId() : Long.valueOf(actor.unitId());
        if (unitId == null) {
            problems.add("unitId", "error.required");
        }
        problems.throwIfAny();
        MarketEntity entity = entities.get(actor, draft.entityId());
        UnitRef unit = units.find(unitId).orElseThrow(() -> new InvalidInput("unitId", "error.required"));
        if (!scope.coversUnit(unit.path(), unit.regionPath())) {
            throw new NotFoundProblem("unit", unitId);
        }
        boolean open = store.ofEntity(DataScope.everything(), entity.id()).stream().map(ListingRow::listing)
                .anyMatch(l -> l.kind() == ListKind.ABNORMAL && l.ground().equals(draft.ground().name())
                        && (l.state() == ListingState.PENDING || l.state().onList()));
        if (open) {
            throw new InvalidInput("ground", "listing.invalid.alreadyListed");
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        if (draft.reportYear() != null) {
            detail.put("reportYear", draft.reportYear());
        }
        if (draft.orderedOn() != null) {
            detail.put("orderedOn", draft.orderedOn().toString());
        }
        if (!draft.letters().isEmpty()) {
            detail.put("letters", draft.letters().stream().map(l -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("sentOn", l.sentOn().toString());
                m.put("returnedOn", l.returnedOn() == null ? null : l.returnedOn().toString());
                m.put("signed", l.signed());
                return m;
            }).toList());
        }
        if (draft.note() != null && !draft.note().isBlank()) {
            detail.put("note", draft.note().strip());
        }
        Listing l = Listing.abnormal(entity.id(), entity.name(), entity.uscc(), draft.ground(), detail, trigger,
                unit.id(), unit.path(), unit.regionPath(), actor.username());
        long id = store.insert(l, clock.instant());
        store.step(id, "RECORD", l.state(), draft.ground().name(), who(actor), clock.instant());
        Map<String, Object> fields = new LinkedHashMap<>(detail);
        fields.put("entityId", entity.id());
        fields.put("ground", draft.ground().name());
        fields.put("triggerOn", trigger.toString());
        events.publishEvent(AuditableChange.created(actor, AUDIT_TYPE, id, "经营异常名录 " + entity.name(), fields));
        return get(actor, id);
    }

    /** The day the ground arose, from which the 10-working-day listing clock runs (art.6–9). */
    private LocalDate trigger(AbnormalDraft d, LocalDate today, InvalidInput.Collector problems) {
        LocalDate trigger = null;
        switch (d.ground()) {
            case ANNUAL_REPORT -> {
                if (d.reportYear() == null || d.reportYear() < 2013 || d.reportYear() > 2100) {
                    problems.add("reportYear", "listing.missing.reportYear");
                } else {
                    trigger = LocalDate.of(d.reportYear() + 1, 6, 30);
                    if (!trigger.isBefore(today)) {
                        problems.add("reportYear", "listing.invalid.reportNotLate", d.reportYear(), trigger);
                        return null;
                    }
                }
            }
            case INSTANT_INFO -> {
                if (d.orderedOn() == null) {
                    problems.add("orderedOn", "listing.missing.orderedOn");
                } else {
                    PlausibleDates.check(problems, "orderedOn", d.orderedOn());
                    if (!PlausibleDates.contains(d.orderedOn())) {
                        return null;
                    }
                    trigger = d.orderedOn().plusDays(10);
                    if (!trigger.isBefore(today)) {
                        problems.add("orderedOn", "listing.invalid.orderNotExpired", d.orderedOn(), trigger);
                        return null;
                    }
                }
            }
            case NAME_NOT_CHANGED -> {
                if (d.orderedOn() == null) {
                    problems.add("orderedOn", "listing.missing.orderedOn");
                }
                if (d.triggerOn() == null) {
                    problems.add("triggerOn", "listing.missing.triggerOn");
                }
                if (d.orderedOn() != null && d.triggerOn() != null) {
                    PlausibleDates.check(problems, "triggerOn", d.triggerOn());
                    if (d.triggerOn().isBefore(d.orderedOn()) || !d.triggerOn().isBefore(today)) {
                        problems.add("triggerOn", "listing.invalid.orderNotExpired", d.orderedOn(), d.triggerOn());
                        return null;
                    }
                    trigger = d.triggerOn();
                }
            }
            case UNREACHABLE -> trigger = unreachable(d.letters(), today, problems);
        }
        return trigger;
    }

    /** Two registered letters 15–30 days apart, neither signed for (art.9; Order 67 art.14). */
    private static LocalDate unreachable(List<AbnormalDraft.Letter> letters, LocalDate today,
            InvalidInput.Collector problems) {
        if (letters.size() != 2 || letters.stream().anyMatch(l -> l == null || l.sentOn() == null)) {
            problems.add("letters", "listing.missing.letters");
            return null;
        }
        AbnormalDraft.Letter first = letters.get(0);
        AbnormalDraft.Letter second = letters.get(1);
        if (second.sentOn().isBefore(first.sentOn())) {
            first = letters.get(1);
            second = letters.get(0);
        }
        PlausibleDates.check(problems, "letters", first.sentOn());
        PlausibleDates.check(problems, "letters", second.sentOn());
        long apart = ChronoUnit.DAYS.between(first.sentOn(), second.sentOn());
        if (apart < 15 || apart > 30) {
            problems.add("letters", "listing.invalid.letterInterval", first.sentOn(), second.sentOn(), apart);
        }
        if (first.signed() || second.signed()) {
            problems.add("letters", "listing.invalid.letterSigned");
        }
        LocalDate back = second.returnedOn() != null ? second.returnedOn() : second.sentOn();
        if (back.isBefore(second.sentOn()) || back.isAfter(today)) {
            problems.add("letters", "listing.invalid.letterReturned", second.sentOn(), back);
        }
        return problems.isEmpty() ? back : null;
    }

    /** A serious listing to open for a penalty decision (what {@link SeriousListingIntake} read from the case). */
    record SeriousProposal(long caseId, String decisionNumber, LocalDate decidedOn, long unitId, Long entityId,
            String name, Listing.SubjectKind subjectKind, String uscc, String field, Map<String, Object> detail) {
    }

    /**
     * Opens the serious listing proposed with a decision, once per case: awaiting the agreement of the level above
     * for a county or city unit (Order 44 art.22), else listed at once (and recorded as a credit fact).
     */
    @Transactional
    void openSerious(Actor actor, SeriousProposal p) {
        if (store.existsForCase(p.caseId())) {
            return;
        }
        UnitRef unit = units.find(p.unitId()).orElseThrow();
        String upper = upperRegion(unit.regionPath());
        Listing l = Listing.serious(p.entityId(), p.name(), p.subjectKind(), p.uscc(), p.field(), p.detail(),
                p.decidedOn(), unit.id(), unit.path(), unit.regionPath(), p.caseId(), p.decisionNumber(), upper,
                periods, actor.username());
        long id = store.insert(l, clock.instant());
        store.step(id, "PROPOSE", l.state(), p.decisionNumber(), who(actor), clock.instant());
        Map<String, Object> fields = new LinkedHashMap<>(p.detail());
        fields.put("caseId", p.caseId());
        fields.put("field", p.field());
        fields.put("state", l.state().name());
        events.publishEvent(AuditableChange.created(actor, AUDIT_TYPE, id, "严重违法失信名单 " + p.name(), fields));
        if (l.state() == ListingState.LISTED) {
            listed(actor, l);
            store.update(l, l.version());
        }
    }

    /** The region of the level above a county or city (its units agree); null for a province. */
    static String upperRegion(String regionPath) {
        String trimmed = regionPath.substring(0, regionPath.length() - 1);
        int cut = trimmed.lastIndexOf('/');
        return cut <= 0 ? null : regionPath.substring(0, cut + 1);
    }

    /**
     * Takes a step on a listing in the actor's CREDIT_MANAGE scope (404 outside it), with the version read (a stale
     * one: 422). A step its list or state does not allow, or input against its rule: 422, nothing changed.
     */
    @Transactional
    public ListingView act(Actor actor, long id, ListingAction action, Listing.Step step, Integer version) {
        DataScope scope = actor.require(action.permission());
        ListingRow row = visible(scope, id);
        Listing l = row.listing();
        if (!action.manual()) {
            throw new ListingTransitionRefused(action, l.state());
        }
        if (action.agrees() && action.possibleIn(l.state())
                && !l.agreementRegionPath().equals(actor.unitRegionPath())) {
            // named in words: the region whose units agree, the unit that tried
            throw new InvalidInput("agreement", "listing.invalid.agreementRegion", actor.unitName(),
                    row.agreementRegionName() == null ? l.agreementRegionPath() : row.agreementRegionName());
        }
        if (version != null && version != l.version()) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        take(actor, l, action, step);
        return get(actor, id);
    }

    private void take(Actor actor, Listing l, ListingAction action, Listing.Step step) {
        int read = l.version();
        ListingState before = l.state();
        Map<String, Object> changed = l.take(actor, action, step, today(), periods);
        if (l.state() == ListingState.LISTED && (before == ListingState.PENDING
                || before == ListingState.AWAITING_AGREEMENT || before == ListingState.REMOVED)) {
            listed(actor, l);
        } else if (l.state() == ListingState.REMOVED || l.state() == ListingState.CORRECTED) {
            removed(actor, l);
        }
        if (!store.update(l, read)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.step(l.id(), action.name(), l.state(), (String) changed.get("note"), who(actor), clock.instant());
        events.publishEvent(AuditableChange.updated(actor, AUDIT_TYPE, l.id(), action.name() + " " + l.subjectName(),
                Map.of("state", before.name()), changed));
    }

    /** The listing joined the list: a credit fact shown from its listing day to the end of its period. */
    private void listed(Actor actor, Listing l) {
        if (l.entityId() == null) {
            return;
        }
        boolean serious = l.kind() == ListKind.SERIOUS;
        String summary = (serious ? "列入严重违法失信名单" : "列入经营异常名录") + "（" + groundText(l) + "）";
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("listingId", l.id());
        detail.put("ground", l.ground());
        detail.put("period", l.periodNo());
        facts.record(actor, new NewCreditFact(l.entityId(), serious ? CreditFactKind.SERIOUS_LISTED
                        : CreditFactKind.ABNORMAL_LISTED, "credit", sourceRef(l), l.listedOn(), l.unitId(),
                l.regionPath(), summary, detail, serious ? DisplayTier.SERIOUS : DisplayTier.GENERAL, l.listedOn(),
                l.periodEnd())).ifPresent(factId -> l.listedFactId = factId);
    }

    /** The listing left the list: its listing fact stops showing, the removal is a fact of its own. */
    private void removed(Actor actor, Listing l) {
        if (l.entityId() == null) {
            return;
        }
        if (l.listedFactId() != null) {
            facts.hide(actor, l.listedFactId(), l.removalReason());
        }
        boolean serious = l.kind() == ListKind.SERIOUS;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("listingId", l.id());
        detail.put("removal", l.removalKind().name());
        facts.record(actor, new NewCreditFact(l.entityId(), serious ? CreditFactKind.SERIOUS_REMOVED
                        : CreditFactKind.ABNORMAL_REMOVED, "credit", sourceRef(l), l.removedOn(), l.unitId(),
                l.regionPath(), (serious ? "移出严重违法失信名单" : "移出经营异常名录") + "（" + l.removalReason() + "）",
                detail, DisplayTier.NOT_SHOWN, null, null));
    }

    private static String sourceRef(Listing l) {
        return "credit-listing:" + l.id() + (l.periodNo() > 1 ? "/" + l.periodNo() : "");
    }

    private static String groundText(Listing l) {
        return l.kind() == ListKind.SERIOUS ? l.decisionNumber() == null ? l.ground() : l.decisionNumber()
                : switch (AbnormalGround.valueOf(l.ground())) {
                    case ANNUAL_REPORT -> "未按规定期限公示年度报告";
                    case INSTANT_INFO -> "未在责令的期限内公示即时信息";
                    case NAME_NOT_CHANGED -> "未按规定办理名称变更";
                    case UNREACHABLE -> "通过登记的住所或者经营场所无法联系";
                };
    }

    /**
     * Removes the serious listings whose three years ended before {@code today} (Order 44 art.21); a second run the
     * same day finds nothing left and changes nothing. Returns how many were removed.
     */
    @Transactional
    public int expire(Actor actor, LocalDate today) {
        actor.require(Permission.CREDIT_MANAGE);
        int removed = 0;
        long after = 0;
        while (true) {
            List<Listing> batch = store.expired(today, after, 500);
            if (batch.isEmpty()) {
                return removed;
            }
            for (Listing l : batch) {
                after = l.id();
                int read = l.version();
                Map<String, Object> changed = l.take(actor, ListingAction.EXPIRE, new Listing.Step(today, null), today,
                        periods);
                removed(actor, l);
                if (store.update(l, read)) {
                    store.step(l.id(), ListingAction.EXPIRE.name(), l.state(), l.removalReason(), who(actor),
                            clock.instant());
                    events.publishEvent(AuditableChange.updated(actor, AUDIT_TYPE, l.id(),
                            "EXPIRE " + l.subjectName(), Map.of("state", "LISTED"), changed));
                    removed++;
                }
            }
        }
    }

    /** What the public page of {@code kind} shows today (no login): on the list, its period running. */
    @Transactional(readOnly = true)
    public List<PublicListing> shown(ListKind kind, String q, int page, int size) {
        return store.shown(kind, q, today(), Math.max(0, page), Math.min(Math.max(size, 1), ListingQuery.MAX_SIZE));
    }

    @Transactional(readOnly = true)
    public long countShown(ListKind kind, String q) {
        return store.countShown(kind, q, today());
    }

    private ListingRow visible(DataScope scope, long id) {
        return store.find(scope, id).orElseThrow(() -> new NotFoundProblem("listing", id));
    }

    private ListingView view(Actor actor, ListingRow row) {
        Listing l = row.listing();
        LocalDate objectionEnds = l.kind() == ListKind.ABNORMAL && l.listedOn() != null
                ? periods.objectionEnds(l.listedOn(), l.regionPath()) : null;
        LocalDate earliest = l.kind() == ListKind.SERIOUS && l.periodStart() != null
                ? periods.earliestRemoval(l.periodStart(), l.regionPath()) : null;
        return new ListingView(l, row.unitName(), row.agreementRegionName(), clock(l), objectionEnds, earliest,
                actor.isSystem() ? List.of() : ListingAction.available(actor, l));
    }

    /** The clock of the listing's current stage, or null when nothing runs. */
    ListingClock clock(Listing l) {
        String key = switch (l.state()) {
            case PENDING -> ListingPeriods.ABNORMAL_LISTING;
            case AWAITING_AGREEMENT -> ListingPeriods.SERIOUS_PUBLICATION;
            case OBJECTION_FILED -> ListingPeriods.OBJECTION_ACCEPTANCE;
            case OBJECTION_VERIFYING -> ListingPeriods.OBJECTION_VERIFICATION;
            case CORRECTING -> ListingPeriods.CORRECTION;
            case REMOVAL_APPLIED -> ListingPeriods.REMOVAL_ACCEPTANCE;
            case REMOVAL_ACCEPTED -> l.kind() == ListKind.SERIOUS ? ListingPeriods.SERIOUS_REMOVAL_DECISION
                    : ListingPeriods.ABNORMAL_REMOVAL_DECISION;
            case LISTED -> l.kind() == ListKind.SERIOUS ? ListingPeriods.SERIOUS_PERIOD
                    : ListingPeriods.ABNORMAL_OBJECTION;
            default -> null;
        };
        if (key == null) {
            return null;
        }
        LocalDate start = switch (l.state()) {
            case PENDING, AWAITING_AGREEMENT -> l.triggerOn();
            case LISTED -> l.kind() == ListKind.SERIOUS ? l.periodStart() : l.listedOn();
            default -> l.stageStartedOn();
        };
        StatutoryRule rule = periods.rule(key, start, l.regionPath());
        LocalDate due = periods.due(key, start, l.regionPath());
        LocalDateTime now = LocalDateTime.now(clock.withZone(WorkingCalendar.ZONE));
        long remaining = periods.remaining(key, start, l.regionPath(), now);
        boolean overdue = l.state() != ListingState.LISTED && remaining < 0;
        return new ListingClock(key, rule.name(), rule.source(), due, remaining, overdue);
    }

    private static String who(Actor actor) {
        return actor.isSystem() ? actor.displayName() : actor.unitName() + " " + actor.displayName();
    }
}
