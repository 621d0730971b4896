package org.shuangda.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.shuangda.calendar.RuleKeys;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.ListSort;
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
 * {@code CASE_HANDLE}, extended with {@code CASE_APPROVE} (each step's permission is its {@link ClueAction}'s).
 * Opening a case registers it through {@link Cases} and links both; a clue from a complaint filing tells
 * complaints the outcome ({@link ClueDecided}).
 */
@Service
public class Clues {

    /** What an officer enters for a new clue. */
    public record ClueDraft(Long unitId, ClueSource source, String sourceRef, LocalDateTime receivedAt, String subject,
            String subjectUscc, String content) {
    }

    private final Rulebook rulebook;
    private final ClueStore store;
    private final CaseNumbers numbers;
    private final UnitDirectory units;
    private final Cases cases;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Clues(ClueStore store, CaseNumbers numbers, UnitDirectory units, Cases cases, WorkingCalendar calendar,
            Clock clock, ApplicationEventPublisher events, Rulebook rulebook) {
        this.rulebook = rulebook;
        this.store = store;
        this.numbers = numbers;
        this.units = units;
        this.cases = cases;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The clue list's sortable columns: newest received first by default; 核查期限 is the cached due day of the
     * verification clock (null, so last, once the clue is no longer verified); ties by id.
     */
    public static final ListSort.Columns COLUMNS = ListSort.Columns.defaultTo("received", true, "l.id")
            .with("number", "l.number").with("subject", "l.subject").with("source", "l.source")
            .with("received", "l.received_at")
            .with("due", "case when l.status = 'VERIFYING' then l.due_on end").with("status", "l.status");

    @Transactional(readOnly = true)
    public List<ClueView> list(Actor actor, ClueStatus status, int page) {
        return list(actor, status, COLUMNS.fallback(), page);
    }

    /** A page of 50 clues in scope, in {@code sort}'s order. */
    @Transactional(readOnly = true)
    public List<ClueView> list(Actor actor, ClueStatus status, ListSort sort, int page) {
        if (!actor.can(Permission.CASE_VIEW)) {
            return List.of();
        }
        return store.list(actor.scopeFor(Permission.CASE_VIEW), status, sort, 50, Math.max(page, 0) * 50);
    }

    @Transactional(readOnly = true)
    public ClueView find(Actor actor, long clueId) {
        DataScope scope = actor.require(Permission.CASE_VIEW);
        return store.view(clueId).filter(c -> covers(scope, c.owner()))
                .orElseThrow(() -> new NotFoundProblem("clue", clueId));
    }

    /** The verification clock now, while the clue is verified. */
    public Optional<ClockView> clock(ClueView clue) {
        return clue.status() == ClueStatus.VERIFYING
                ? Optional.of(ClockView.of(clue.verificationClock(), now(), calendar)) : Optional.empty();
    }

    /** The steps the actor may take on the clue now, in the order the clue page shows them. */
    public List<ClueAction> availableActions(Actor actor, ClueView clue) {
        return Arrays.stream(ClueAction.values())
                .filter(a -> a.possibleIn(clue.state()) && CaseAccess.may(actor, a.permission(), clue.owner()))
                .toList();
    }

    @Transactional
    public ClueView register(Actor actor, ClueDraft draft) {
        long unitId = draft.unitId() != null ? draft.unitId() : actor.unitId();
        UnitRef unit = units.find(unitId).filter(u -> CaseAccess.may(actor, Permission.CASE_HANDLE, owning(u)))
                .orElseThrow(() -> new InvalidInput("unitId", "case.invalid.unit"));
        return insert(actor, draft, unit, null, actor.username());
    }

    /**
     * Registers the clue for a tip referred by complaints (source COMPLAINT) and answers {@link ClueRegistered}.
     * Deliveries of the same filing queue on an advisory lock, so a repeat answers with the clue already there.
     */
    @Transactional
    ClueView acceptReferral(Actor actor, TipReferredToCases tip) {
        store.lockFiling(tip.filingId());
        ClueView clue = store.idOfFiling(tip.filingId()).flatMap(store::view).orElseGet(() -> {
            UnitRef unit = units.find(tip.unitId()).orElseThrow(() -> new NotFoundProblem("unit", tip.unitId()));
            // the clock counts from the tip's receipt (收到材料之日), not from the referral
            return insert(actor, new ClueDraft(tip.unitId(), ClueSource.COMPLAINT, tip.trackingNo(), tip.receivedAt(),
                    Texts.blank(tip.targetName()) ? "（举报未指明）" : tip.targetName(), tip.targetUscc(),
                    Texts.blank(tip.content()) ? "（无内容）" : tip.content()), unit, tip.filingId(),
                    tip.referredBy());
        });
        events.publishEvent(new ClueRegistered(tip.filingId(), clue.id(), clue.number()));
        return clue;
    }

    /** The clue of a random-inspection finding (source INSPECTION, source ref "双随机抽查结果#id"), once per result. */
    @Transactional
    ClueView acceptInspectionFinding(Actor actor, org.shuangda.shared.events.InspectionFindingReferred finding) {
        String ref = INSPECTION_REF + finding.resultId();
        store.lockSourceRef(ref);
        ClueView clue = store.idOfSourceRef(ClueSource.INSPECTION, ref).flatMap(store::view).orElseGet(() -> {
            UnitRef unit = units.find(finding.unitId()).orElseThrow(() -> new NotFoundProblem("unit", finding.unitId()));
            return insert(actor, new ClueDraft(unit.id(), ClueSource.INSPECTION, ref,
                    finding.inspectedOn().atStartOfDay(), finding.entityName(), finding.entityUscc(),
                    finding.content()), unit, null, finding.recordedBy());
        });
        events.publishEvent(new org.shuangda.shared.events.InspectionClueRegistered(finding.resultId(), clue.id(),
                clue.number()));
        return clue;
    }

    static final String INSPECTION_REF = "双随机抽查结果#";

    /** The clue of a failed sample's follow-up finding (source SAMPLING, source ref "抽检核查处置#id"), once each. */
    @Transactional
    ClueView acceptSamplingFinding(Actor actor, org.shuangda.shared.events.SampleViolationReferred finding) {
        String ref = SAMPLING_REF + finding.followUpId();
        store.lockSourceRef(ref);
        ClueView clue = store.idOfSourceRef(ClueSource.SAMPLING, ref).flatMap(store::view).orElseGet(() -> {
            UnitRef unit = units.find(finding.unitId()).orElseThrow(() -> new NotFoundProblem("unit", finding.unitId()));
            return insert(actor, new ClueDraft(unit.id(), ClueSource.SAMPLING, ref, finding.foundOn().atStartOfDay(),
                    finding.entityName(), finding.entityUscc(), finding.content()), unit, null, finding.recordedBy());
        });
        events.publishEvent(new org.shuangda.shared.events.SampleClueRegistered(finding.followUpId(), clue.id(),
                clue.number()));
        return clue;
    }

    static final String SAMPLING_REF = "抽检核查处置#";

    private ClueView insert(Actor actor, ClueDraft d, UnitRef unit, Long filingId, String by) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (d.source() == null) {
            problems.add("source", "error.required");
        }
        if (Texts.blank(d.subject())) {
            problems.add("subject", "error.required");
        }
        if (Texts.blank(d.content())) {
            problems.add("content", "error.required");
        }
        LocalDateTime now = now();
        LocalDateTime received = d.receivedAt() != null ? d.receivedAt().withNano(0) : now;
        if (received.isAfter(now.plusMinutes(5))) {
            problems.add("receivedAt", "case.invalid.future");
        }
        problems.throwIfAny();
        String number = numbers.nextClueNumber(unit.id(), received.getYear());
        Clue clue = Clue.register(number, owning(unit), new Clue.Received(d.source(),
                Texts.blankToNull(d.sourceRef()), filingId, received, d.subject().strip(),
                Texts.blankToNull(d.subjectUscc()), d.content().strip()),
                rulebook.rule(RuleKeys.CLUE_VERIFICATION, received.toLocalDate(), unit.regionPath()).deadlineRule());
        long id = store.insert(clue, by);
        events.publishEvent(AuditableChange.created(actor, "clue", id, number, Map.of("source", d.source(),
                "subject", clue.received().subject(), "unit", unit.name())));
        return store.view(id).orElseThrow();
    }

    /** 立案: registers the case (the draft as for {@link Cases#register}) for the clue's unit and links both. */
    @Transactional
    public CaseView openCase(Actor actor, long clueId, CaseDraft draft) {
        Clue clue = forStep(actor, clueId, ClueAction.OPEN_CASE);
        clue.require(ClueAction.OPEN_CASE);
        CaseDraft forUnit = new CaseDraft(clue.unit().id(), draft.title(), draft.category(), draft.productCategory(),
                draft.facts(), draft.caseValue(), draft.illegalGains(), draft.illegalBusinessAmount(), draft.parties(),
                draft.goods(), draft.officerIds(), draft.registeredAt());
        CaseView opened = cases.register(actor, forUnit, clueId);
        save(actor, clue, c -> c.openCase(opened.id(), opened.number(), today(), actor.username()));
        return opened;
    }

    /** 不予立案 with the reason. */
    @Transactional
    public ClueView decline(Actor actor, long clueId, String reason) {
        return step(actor, clueId, ClueAction.DECLINE, c -> c.decline(reason, today(), actor.username()));
    }

    @Transactional
    public ClueView pause(Actor actor, long clueId, PauseReason reason, String note) {
        return step(actor, clueId, ClueAction.PAUSE, c -> c.pause(reason, note, now()));
    }

    @Transactional
    public ClueView resume(Actor actor, long clueId) {
        return step(actor, clueId, ClueAction.RESUME, c -> c.resume(now()));
    }

    /** +15 working days, approved by a holder of {@code CASE_APPROVE} over the unit. */
    @Transactional
    public ClueView extend(Actor actor, long clueId, String approval) {
        return step(actor, clueId, ClueAction.EXTEND, c -> c.extend(approval, actor.username(),
                rulebook.rule(RuleKeys.CLUE_VERIFICATION, c.received().at().toLocalDate(), c.unit().regionPath())
                        .extension()));
    }

    private ClueView step(Actor actor, long clueId, ClueAction action, Consumer<Clue> change) {
        save(actor, forStep(actor, clueId, action), change);
        return store.view(clueId).orElseThrow();
    }

    /** The clue for a step: 404 outside the actor's view, 403 without the step's permission over its unit. */
    private Clue forStep(Actor actor, long clueId, ClueAction action) {
        DataScope scope = actor.require(Permission.CASE_VIEW);
        Clue clue = store.find(clueId).filter(c -> covers(scope, c.unit()))
                .orElseThrow(() -> new NotFoundProblem("clue", clueId));
        if (!CaseAccess.may(actor, action.permission(), clue.unit())) {
            throw new AccessDeniedProblem("missing permission " + action.permission() + " for clue " + clueId);
        }
        return clue;
    }

    private void save(Actor actor, Clue clue, Consumer<Clue> change) {
        ClueStatus before = clue.status();
        change.accept(clue);
        if (!store.update(clue, clue.version())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        if (clue.status() != before) {
            events.publishEvent(AuditableChange.updated(actor, "clue", clue.id(), clue.number(),
                    Map.of("status", before), Map.of("status", clue.status())));
        }
        clue.events().forEach(events::publishEvent);
    }

    private static OwningUnit owning(UnitRef unit) {
        return new OwningUnit(unit.id(), unit.path(), unit.regionPath());
    }

    private static boolean covers(DataScope scope, OwningUnit unit) {
        return scope.coversUnit(unit.path(), unit.regionPath());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
