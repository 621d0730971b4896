package org.shuangda.cases.transfer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.cases.transfer.Transfer.Step;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.cases.CriminalCharge;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.ConfigOwner;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers of suspected crimes to the police: proposed by the officer, decided by the head, handed over by the
 * agency, accepted and decided by the police unit addressed, watched by the prosecutor. Reads are scoped by
 * {@link TransferReach}; each step checks the permission and that its scope reaches the right side, then lets
 * the aggregate check the state. Every step is audited and written to the transfer's history and the case's
 * timeline; the hand-over publishes {@link TransferHandedOver}.
 */
@Service
public class Transfers {

    private final Rulebook rulebook;
    private final TransferStore store;
    private final CaseFactsStore cases;
    private final TransferDocumentStore documents;
    private final TransferCaseLink caseLink;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Transfers(TransferStore store, CaseFactsStore cases, TransferDocumentStore documents, TransferCaseLink caseLink,
            WorkingCalendar calendar, Clock clock, ApplicationEventPublisher events, Rulebook rulebook) {
        this.rulebook = rulebook;
        this.store = store;
        this.cases = cases;
        this.documents = documents;
        this.caseLink = caseLink;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /** Transfers the actor may see (agency, police or prosecutor side), newest first. */
    public List<TransferRow> list(Actor actor, TransferStatus status, Long caseId) {
        TransferReach reach = reach(actor);
        LocalDateTime now = now();
        return store.list(reach, status, caseId).stream().map(l -> row(l, now)).toList();
    }

    public TransferRow get(Actor actor, long id) {
        return visible(reach(actor), id);
    }

    public List<TransferHistoryEntry> history(Actor actor, long id) {
        visible(reach(actor), id);
        return store.history(id);
    }

    /** The steps the actor may take on the transfer now (buttons, the API's {@code actions}), in order. */
    public List<TransferAction> actionsFor(Actor actor, TransferRow row) {
        List<TransferAction> possible = LifecycleAction.available(TransferAction.class, actor,
                row.transfer().status()).stream().filter(a -> reachesSide(actor, a, row)).toList();
        if (possible.stream().anyMatch(TransferAction::approves) && caseLink.isOfficer(row.transfer().caseId(), actor)) {
            return possible.stream().filter(a -> !a.approves()).toList();
        }
        return possible;
    }

    /** An officer proposes the transfer of a case in scope; the police unit defaults to the county's 公安局. */
    @Transactional
    public TransferRow propose(Actor actor, long caseId, Long policeUnitId, String charge, String reason) {
        DataScope handle = actor.require(Permission.CASE_HANDLE);
        CaseFacts kase = cases.find(handle, caseId).orElseThrow(() -> new NotFoundProblem("case", caseId));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        // 罪名 from the catalogue only (issue 13): a code (or the exact name of one), never free text
        java.util.Optional<CriminalCharge> named = CriminalCharge.resolve(charge);
        if (charge == null || charge.isBlank()) {
            problems.add("chargeCode", "transfer.charge.missing");
        } else if (named.isEmpty()) {
            String given = charge.strip();
            problems.add("chargeCode", "transfer.charge.unknown", given.codePointCount(0, given.length()) > 40
                    ? given.substring(0, given.offsetByCodePoints(0, 40)) + "…" : given);
        }
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "error.required");
        }
        problems.throwIfAny();
        if (!kase.transferable()) {
            throw new TransferRefused("transfer.refused.caseState");
        }
        if (store.hasOpenTransfer(caseId)) {
            throw new TransferRefused("transfer.refused.alreadyOpen");
        }
        Long police = policeUnitId != null ? policeUnitId : cases.defaultPoliceUnit(kase.regionCode()).orElse(null);
        String policeRegion = police == null ? null : cases.policeUnitRegion(police).orElse(null);
        if (policeRegion == null) {
            throw new InvalidInput("policeUnitId", "transfer.police.invalid");
        }
        // 属地管辖: the police of the case's own region or of a region above it (the city's 公安局), never those
        // of another county, who would otherwise read the case's number, title and charge (issue 11)
        if (!ConfigOwner.of(policeRegion).appliesTo(kase.regionPath())) {
            throw new InvalidInput("policeUnitId", "transfer.police.outsideRegion");
        }
        LocalDateTime now = now();
        Transfer transfer = Transfer.propose(caseId, kase.unitId(), police, named.get().chargeName(), reason, now,
                actor.username());
        long id = store.insert(transfer);
        store.log(id, "PROPOSE", TransferStatus.PROPOSED, transfer.reason(), actor.username(), now);
        caseLink.timeline(caseId, "transfer.timeline.PROPOSE", transfer.charge(), actor);
        TransferRow saved = get(actor, id);
        events.publishEvent(AuditableChange.created(actor, "case_transfer", id, kase.number(), audit(saved.transfer())));
        return saved;
    }

    /** One step by the actor; {@code note} is the reason or remark the step asks for. */
    @Transactional
    public TransferRow act(Actor actor, long id, TransferAction action, String note) {
        actor.require(action.permission());
        store.lock(id);
        TransferRow row = visible(reach(actor), id);
        if (!reachesSide(actor, action, row)) {
            throw new AccessDeniedProblem("transfer " + id + " is not addressed to the caller's "
                    + (action.onAgencySide() ? "unit" : "police unit"));
        }
        Transfer transfer = row.transfer();
        if (action.approves() && caseLink.isOfficer(transfer.caseId(), actor)) {
            throw new TransferRefused("transfer.refused.ownCase");
        }
        Map<String, Object> before = audit(transfer);
        LocalDateTime now = now();
        Step step = new Step(now, actor.username(), note == null || note.isBlank() ? null : note.strip());
        List<Object> raised = apply(transfer, action, step, row, now);
        if (!store.update(transfer, transfer.version())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.log(id, action.name(), transfer.status(), step.note(), actor.username(), now);
        follow(transfer, action, step, actor);
        raised.forEach(events::publishEvent);
        events.publishEvent(AuditableChange.updated(actor, "case_transfer", id, row.caseNumber(), before,
                audit(transfer)));
        return get(actor, id);
    }

    /** The one dispatch of the steps onto the aggregate; returns the domain events the step raised. */
    private List<Object> apply(Transfer t, TransferAction action, Step step, TransferRow row, LocalDateTime now) {
        switch (action) {
            case APPROVE -> t.approve(step);
            case DECLINE -> t.decline(step);
            case HAND_OVER -> {
                return List.of(t.handOver(step, packageComplete(t.caseId()), row.regionPath()));
            }
            case ACCEPT -> t.accept(step);
            case REFUSE_ACCEPTANCE -> t.refuseAcceptance(step);
            case FILE -> t.file(step);
            case REFUSE_FILING -> t.refuseFiling(step);
            case REQUEST_RECONSIDERATION -> t.requestReconsideration(step,
                    TransferClocks.reconsiderationOpen(t, now, calendar, rulebook));
            case REVERSE_ON_RECONSIDERATION -> t.answerReconsideration(step, true);
            case UPHOLD_ON_RECONSIDERATION -> t.answerReconsideration(step, false);
            case RETURN_FOR_PENALTY -> t.returnForPenalty(step);
            case NOTICE_PARTY -> t.recordPartyNotice(step);
        }
        return List.of();
    }

    /** What the case does in answer: handed over, it waits with the police; sent back, it resumes. */
    private void follow(Transfer t, TransferAction action, Step step, Actor actor) {
        String note = step.note() == null ? "" : step.note();
        switch (action) {
            case HAND_OVER -> caseLink.markTransferred(t.caseId(), t.id(), actor);
            case RETURN_FOR_PENALTY -> caseLink.resumeAfterReverseTransfer(t.caseId(), note, actor);
            default -> { }
        }
        caseLink.timeline(t.caseId(), "transfer.timeline." + action.name(), note, actor);
    }

    /** The package may go to the police: the case lists its goods and an investigation report is attached. */
    boolean packageComplete(long caseId) {
        return documents.has(caseId, TransferDocumentKind.INVESTIGATION_REPORT) && caseLink.listsGoods(caseId);
    }

    /** The actor's scope for the step reaches the side that takes it: the agency's case or the police unit. */
    private static boolean reachesSide(Actor actor, TransferAction action, TransferRow row) {
        DataScope scope = TransferReach.scope(actor, action.permission());
        return action.onAgencySide() ? scope.coversUnit(row.unitPath(), row.regionPath())
                : scope.coversUnit(row.policePath(), row.policeRegion());
    }

    private TransferRow visible(TransferReach reach, long id) {
        return store.find(reach, id).map(l -> row(l, now())).orElseThrow(() -> new NotFoundProblem("transfer", id));
    }

    private TransferRow row(TransferStore.Loaded l, LocalDateTime now) {
        return new TransferRow(l.transfer(), l.caseNumber(), l.caseTitle(), l.unitName(), l.unitPath(), l.regionPath(),
                l.policeName(), l.policePath(), l.policeRegion(),
                TransferClocks.current(l.transfer(), now, calendar, rulebook).orElse(null));
    }

    private static TransferReach reach(Actor actor) {
        TransferReach reach = TransferReach.of(actor);
        if (reach.isEmpty()) {
            throw new AccessDeniedProblem("missing permission to see transfers");
        }
        return reach;
    }

    /** Beijing time (the clock's zone), as every legal clock counts. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(WorkingCalendar.ZONE));
    }

    private static Map<String, Object> audit(Transfer t) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("caseId", t.caseId());
        fields.put("policeUnitId", t.policeUnitId());
        fields.put("charge", t.charge());
        t.criminalCharge().ifPresent(c -> fields.put("chargeCode", c.name()));
        fields.put("status", t.status());
        fields.put("reconsideredRefusal", t.reconsideredRefusal());
        return fields;
    }
}
