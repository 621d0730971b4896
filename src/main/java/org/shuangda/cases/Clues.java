package org.shuangda.cases;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.events.ClueDecided;
import org.shuangda.shared.events.ClueRegistered;
import org.shuangda.shared.events.TipReferredToCases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clues for an actor: seen with {@code CASE_VIEW} over the verifying unit, registered and decided with
 * {@code CASE_HANDLE}, extended with {@code CASE_APPROVE}. Opening a case registers it through {@link Cases}
 * and links both; a clue from a complaint filing tells complaints the outcome ({@link ClueDecided}).
 */
@Service
public class Clues {

    /** What an officer enters for a new clue. */
    public record ClueDraft(Long unitId, ClueSource source, String sourceRef, LocalDateTime receivedAt, String subject,
            String subjectUscc, String content) {
    }

    private final ClueStore store;
    private final ClockStore clocks;
    private final CaseNumbers numbers;
    private final UnitDirectory units;
    private final Cases cases;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    Clues(ClueStore store, ClockStore clocks, CaseNumbers numbers, UnitDirectory units, Cases cases,
            WorkingCalendar calendar, ApplicationEventPublisher events) {
        this.store = store;
        this.clocks = clocks;
        this.numbers = numbers;
        this.units = units;
        this.cases = cases;
        this.calendar = calendar;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Clue> list(ClueStatus status, int page, Actor actor) {
        if (!actor.can(Permission.CASE_VIEW)) {
            return List.of();
        }
        return store.list(actor.scopeFor(Permission.CASE_VIEW), status, 50, Math.max(page, 0) * 50);
    }

    @Transactional(readOnly = true)
    public Clue find(long clueId, Actor actor) {
        if (!actor.can(Permission.CASE_VIEW)) {
            throw new AccessDeniedProblem("missing permission CASE_VIEW");
        }
        return store.find(clueId)
                .filter(c -> actor.scopeFor(Permission.CASE_VIEW).coversUnit(c.unitPath(), c.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("clue", clueId));
    }

    @Transactional
    public Clue register(ClueDraft draft, Actor actor) {
        long unitId = draft.unitId() != null ? draft.unitId() : actor.unitId();
        UnitRef unit = units.find(unitId).filter(u -> actor.can(Permission.CASE_HANDLE)
                && actor.scopeFor(Permission.CASE_HANDLE).coversUnit(u.path(), u.regionPath()))
                .orElseThrow(() -> new InvalidInput("unitId", "case.invalid.unit"));
        return insert(draft, unit, null, actor.username());
    }

    /**
     * Registers the clue for a tip referred by complaints (source COMPLAINT) and answers {@link ClueRegistered}.
     * Deliveries of the same filing queue on an advisory lock, so a repeat answers with the clue already there.
     */
    @Transactional
    Clue acceptReferral(TipReferredToCases tip) {
        store.lockFiling(tip.filingId());
        Clue clue = store.idOfFiling(tip.filingId()).flatMap(store::find).orElseGet(() -> registerReferral(
                new ClueDraft(tip.unitId(), ClueSource.COMPLAINT, tip.trackingNo(), null,
                        CaseStore.blank(tip.targetName()) == null ? "（举报未指明）" : tip.targetName(), tip.targetUscc(),
                        CaseStore.blank(tip.content()) == null ? "（无内容）" : tip.content()),
                tip.filingId(), tip.referredBy()));
        events.publishEvent(new ClueRegistered(tip.filingId(), clue.id(), clue.number()));
        return clue;
    }

    private Clue registerReferral(ClueDraft draft, long filingId, String referredBy) {
        UnitRef unit = units.find(draft.unitId()).orElseThrow(() -> new NotFoundProblem("unit", draft.unitId()));
        return insert(draft, unit, filingId, referredBy);
    }

    private Clue insert(ClueDraft d, UnitRef unit, Long filingId, String by) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (d.source() == null) {
            problems.add("source", "error.required");
        }
        if (CaseStore.blank(d.subject()) == null) {
            problems.add("subject", "error.required");
        }
        if (CaseStore.blank(d.content()) == null) {
            problems.add("content", "error.required");
        }
        LocalDateTime received = d.receivedAt() != null ? d.receivedAt().withNano(0) : CaseAccess.now();
        if (received.isAfter(CaseAccess.now().plusMinutes(5))) {
            problems.add("receivedAt", "case.invalid.future");
        }
        problems.throwIfAny();
        String number = numbers.nextClueNumber(unit.id(), received.getYear());
        Clue draft = new Clue(null, number, unit.id(), unit.name(), unit.path(), unit.regionPath(), d.source(),
                CaseStore.blank(d.sourceRef()), filingId, received, d.subject().strip(), CaseStore.blank(d.subjectUscc()),
                d.content().strip(), ClueStatus.VERIFYING, null, null, null, null, null, null, 0);
        long id = store.insert(draft, by);
        Clue saved = refreshDue(id);
        events.publishEvent(AuditableChange.created("clue", id, number, Map.of("source", d.source(),
                "subject", saved.subject(), "unit", unit.name())));
        return saved;
    }

    /** 立案: registers the case (the draft as for {@link Cases#register}) and links clue and case. */
    @Transactional
    public EnforcementCase openCase(long clueId, CaseDraft draft, Actor actor) {
        Clue clue = handled(clueId, actor);
        ClueStatus next = clue.openCase();
        CaseDraft forUnit = new CaseDraft(clue.unitId(), draft.title(), draft.category(), draft.productCategory(),
                draft.facts(), draft.caseValue(), draft.illegalGains(), draft.illegalBusinessAmount(), draft.parties(),
                draft.goods(), draft.officerIds(), draft.registeredAt());
        EnforcementCase opened = cases.register(forUnit, clueId, actor);
        store.decide(clueId, next, null, Cases.today(), actor.username(), opened.id());
        decided(clue, next, opened.number(), null);
        return opened;
    }

    /** 不予立案 with the reason. */
    @Transactional
    public Clue decline(long clueId, String reason, Actor actor) {
        Clue clue = handled(clueId, actor);
        ClueStatus next = clue.decline(reason);
        store.decide(clueId, next, reason.strip(), Cases.today(), actor.username(), null);
        decided(clue, next, null, reason.strip());
        return store.find(clueId).orElseThrow();
    }

    @Transactional
    public Clue pause(long clueId, PauseReason reason, String note, Actor actor) {
        Clue clue = handled(clueId, actor);
        clue.requireMayPause(reason);
        clocks.pause(ClockStore.Owner.CLUE, clueId, reason, CaseStore.blank(note), CaseAccess.now());
        return refreshDue(clueId);
    }

    @Transactional
    public Clue resume(long clueId, Actor actor) {
        Clue clue = handled(clueId, actor);
        clue.requireMayResume();
        clocks.resume(ClockStore.Owner.CLUE, clueId, CaseAccess.now());
        return refreshDue(clueId);
    }

    /** +15 working days, approved by a holder of {@code CASE_APPROVE} over the unit. */
    @Transactional
    public Clue extend(long clueId, String approval, Actor actor) {
        Clue clue = find(clueId, actor);
        if (!actor.can(Permission.CASE_APPROVE)
                || !actor.scopeFor(Permission.CASE_APPROVE).coversUnit(clue.unitPath(), clue.regionPath())) {
            throw new AccessDeniedProblem("missing permission CASE_APPROVE for clue " + clueId);
        }
        clue.requireMayExtend(approval);
        clocks.extend(ClockStore.Owner.CLUE, clueId, Clue.EXTENSION_WORKING_DAYS, approval.strip(), actor.username());
        return refreshDue(clueId);
    }

    private void decided(Clue clue, ClueStatus next, String caseNumber, String reason) {
        events.publishEvent(AuditableChange.updated("clue", clue.id(), clue.number(), Map.of("status", clue.status()),
                Map.of("status", next)));
        if (clue.fromFiling()) {
            events.publishEvent(new org.shuangda.shared.events.ClueDecided(clue.filingId(), clue.id(),
                    next == ClueStatus.CASE_OPENED, caseNumber, reason, Cases.today()));
        }
    }

    private Clue handled(long clueId, Actor actor) {
        Clue clue = find(clueId, actor);
        if (!actor.can(Permission.CASE_HANDLE)
                || !actor.scopeFor(Permission.CASE_HANDLE).coversUnit(clue.unitPath(), clue.regionPath())) {
            throw new AccessDeniedProblem("missing permission CASE_HANDLE for clue " + clueId);
        }
        return clue;
    }

    private Clue refreshDue(long id) {
        Clue c = store.find(id).orElseThrow();
        store.setDue(id, c.status() == ClueStatus.VERIFYING
                ? c.verificationClock().due(calendar).map(LocalDateTime::toLocalDate).orElse(null) : null);
        return store.find(id).orElseThrow();
    }
}
