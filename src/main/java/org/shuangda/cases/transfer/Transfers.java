package org.shuangda.cases.transfer;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.cases.transfer.Transfer.Step;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
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
 * timeline.
 */
@Service
public class Transfers {

    private final TransferStore store;
    private final CaseFactsStore cases;
    private final TransferPackage documents;
    private final TransferCaseLink caseLink;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    Transfers(TransferStore store, CaseFactsStore cases, TransferPackage documents, TransferCaseLink caseLink,
            WorkingCalendar calendar, ApplicationEventPublisher events) {
        this.store = store;
        this.cases = cases;
        this.documents = documents;
        this.caseLink = caseLink;
        this.calendar = calendar;
        this.events = events;
    }

    /** Transfers the caller may see (agency, police or prosecutor side), newest first. */
    public List<TransferRow> list(TransferStatus status, Long caseId) {
        TransferReach reach = reach();
        LocalDateTime now = now();
        return store.list(reach, status, caseId).stream().map(l -> row(l, now)).toList();
    }

    public TransferRow get(long id) {
        return visible(reach(), id);
    }

    public List<TransferHistoryEntry> history(long id) {
        visible(reach(), id);
        return store.history(id);
    }

    /** The actions the caller may take on the transfer now (buttons). */
    public List<TransferAction> actionsFor(TransferRow row) {
        Actor actor = Actors.require();
        return Arrays.stream(TransferAction.values()).filter(a -> a.possibleIn(row.transfer().status()))
                .filter(a -> mayAct(actor, a, row)).toList();
    }

    /** An officer proposes the transfer of a case in scope; the police unit defaults to the county's 公安局. */
    @Transactional
    public TransferRow propose(long caseId, Long policeUnitId, String charge, String reason) {
        Actor actor = Actors.require();
        DataScope handle = Actors.scopeFor(Permission.CASE_HANDLE);
        CaseFacts kase = cases.find(handle, caseId).orElseThrow(() -> new NotFoundProblem("case", caseId));
        if (!kase.transferable()) {
            throw new TransferRefused("transfer.refused.caseState");
        }
        if (store.hasOpenTransfer(caseId)) {
            throw new TransferRefused("transfer.refused.alreadyOpen");
        }
        Long police = policeUnitId != null ? policeUnitId : cases.defaultPoliceUnit(kase.regionCode()).orElse(null);
        if (police == null || !cases.isPoliceUnit(police)) {
            throw new InvalidInput("policeUnitId", "transfer.police.invalid");
        }
        LocalDateTime now = now();
        Transfer transfer = Transfer.propose(caseId, kase.unitId(), police, charge, reason, now, actor.username());
        long id = store.insert(transfer);
        store.log(id, "PROPOSE", TransferStatus.PROPOSED, transfer.reason(), actor.username(), now);
        caseLink.timeline(caseId, "transfer.timeline.PROPOSE", transfer.charge(), actor);
        TransferRow saved = get(id);
        events.publishEvent(AuditableChange.created("case_transfer", id, kase.number(), audit(saved.transfer())));
        return saved;
    }

    /** One step by the caller; {@code note} is the reason or remark the step asks for. */
    @Transactional
    public TransferRow act(long id, TransferAction action, String note) {
        Actor actor = Actors.require();
        if (!actor.can(action.permission())) {
            throw new AccessDeniedProblem("missing permission " + action.permission());
        }
        store.lock(id);
        TransferRow row = visible(reach(), id);
        if (!mayAct(actor, action, row)) {
            throw new AccessDeniedProblem("transfer " + id + " is not addressed to the caller's "
                    + (action.onAgencySide() ? "unit" : "police unit"));
        }
        Transfer transfer = row.transfer();
        Map<String, Object> before = audit(transfer);
        LocalDateTime now = now();
        Step step = new Step(now, actor.username(), note == null || note.isBlank() ? null : note.strip());
        apply(transfer, action, step, now);
        if (!store.update(transfer)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.log(id, action.name(), transfer.status(), step.note(), actor.username(), now);
        follow(transfer, action, step, actor);
        events.publishEvent(AuditableChange.updated("case_transfer", id, row.caseNumber(), before, audit(transfer)));
        return get(id);
    }

    private void apply(Transfer t, TransferAction action, Step step, LocalDateTime now) {
        switch (action) {
            case APPROVE -> t.approve(step);
            case DECLINE -> t.decline(step);
            case HAND_OVER -> t.handOver(step, documents.complete(t.caseId()));
            case ACCEPT -> t.accept(step);
            case REFUSE_ACCEPTANCE -> t.refuseAcceptance(step);
            case FILE -> t.file(step);
            case REFUSE_FILING -> t.refuseFiling(step);
            case REQUEST_RECONSIDERATION -> t.requestReconsideration(step,
                    TransferClocks.reconsiderationOpen(t, now, calendar));
            case REVERSE_ON_RECONSIDERATION -> t.answerReconsideration(step, true);
            case UPHOLD_ON_RECONSIDERATION -> t.answerReconsideration(step, false);
            case RETURN_FOR_PENALTY -> t.returnForPenalty(step);
            case NOTICE_PARTY -> t.recordPartyNotice(step);
        }
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

    private boolean mayAct(Actor actor, TransferAction action, TransferRow row) {
        if (!actor.can(action.permission())) {
            return false;
        }
        DataScope scope = actor.scopeFor(action.permission());
        return action.onAgencySide() ? scope.coversUnit(row.unitPath(), row.regionPath())
                : scope.coversUnit(row.policePath(), row.policeRegion());
    }

    private TransferRow visible(TransferReach reach, long id) {
        return store.find(reach, id).map(l -> row(l, now())).orElseThrow(() -> new NotFoundProblem("transfer", id));
    }

    private TransferRow row(TransferStore.Loaded l, LocalDateTime now) {
        return new TransferRow(l.transfer(), l.caseNumber(), l.caseTitle(), l.unitName(), l.unitPath(), l.regionPath(),
                l.policeName(), l.policePath(), l.policeRegion(),
                TransferClocks.current(l.transfer(), now, calendar).orElse(null));
    }

    private TransferReach reach() {
        TransferReach reach = TransferReach.of(Actors.require());
        if (reach.isEmpty()) {
            throw new AccessDeniedProblem("missing permission to see transfers");
        }
        return reach;
    }

    /** Beijing time, as every legal clock counts. */
    public LocalDateTime now() {
        return LocalDateTime.now(WorkingCalendar.ZONE);
    }

    private static Map<String, Object> audit(Transfer t) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("caseId", t.caseId());
        fields.put("policeUnitId", t.policeUnitId());
        fields.put("charge", t.charge());
        fields.put("status", t.status());
        fields.put("reconsideredRefusal", t.reconsideredRefusal());
        return fields;
    }
}
