package org.shuangda.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases for an actor: reads need {@code CASE_VIEW} over the handling unit (else 404), registering and
 * correcting need {@code CASE_HANDLE} over it. Every change is audited and written on the case's timeline.
 * The officer's lifecycle steps are in {@link CaseLifecycle}; clocks in {@link CaseClocks}.
 *
 * <p><b>Contract for the transfer code</b> ({@code org.shuangda.cases.transfer}): {@link #markTransferred},
 * {@link #resumeAfterReverseTransfer}, {@link #closeAfterTransfer} and {@link #timelineAppend} change the case
 * on behalf of a transfer step. They do not check the actor's case permissions: the transfer code has
 * authorised the step (officer, head, police user) under its own rules; the actor is recorded. {@link #get}
 * reads a case without scope for the same reason (the transfer and publication pages apply theirs).
 */
@Service
public class Cases {

    private final CaseStore store;
    private final CaseListSql lists;
    private final CaseAccess access;
    private final CaseValidator validator;
    private final CaseNumbers numbers;
    private final UnitDirectory units;
    private final ClockStore clocks;
    private final ApplicationEventPublisher events;

    Cases(CaseStore store, CaseListSql lists, CaseAccess access, CaseValidator validator, CaseNumbers numbers,
            UnitDirectory units, ClockStore clocks, ApplicationEventPublisher events) {
        this.clocks = clocks;
        this.store = store;
        this.lists = lists;
        this.access = access;
        this.validator = validator;
        this.numbers = numbers;
        this.units = units;
        this.events = events;
    }

    /** The case if the actor's {@code CASE_VIEW} scope reaches its unit, else {@link NotFoundProblem}. */
    @Transactional(readOnly = true)
    public EnforcementCase find(long caseId, Actor actor) {
        return access.visible(caseId, actor);
    }

    /** The case without any scope check, for code that applies its own (transfers, publication). */
    @Transactional(readOnly = true)
    public EnforcementCase get(long caseId) {
        return store.find(caseId).orElseThrow(() -> new NotFoundProblem("case", caseId));
    }

    /** The actor's cases ({@code CASE_VIEW} scope), newest first. */
    @Transactional(readOnly = true)
    public CasePage list(CaseQuery query, Actor actor) {
        if (!actor.can(Permission.CASE_VIEW)) {
            return new CasePage(List.of(), query.page(), query.size(), false);
        }
        return lists.page(query, actor.scopeFor(Permission.CASE_VIEW), today());
    }

    /**
     * Cases within a scope the caller computed under its own permission (e.g. the prosecutor's
     * {@code TRANSFER_OVERSEE} scope for "over the threshold, never transferred" with
     * {@link CaseQuery#minBusinessAmount()}). For the transfer and publication code of this module.
     */
    @Transactional(readOnly = true)
    public CasePage listIn(CaseQuery query, org.shuangda.shared.DataScope scope) {
        return lists.page(query, scope, today());
    }

    /** Active users of a unit, the candidates for handling officers. */
    @Transactional(readOnly = true)
    public List<HandlingOfficer> officerCandidates(long unitId) {
        return store.usersOf(unitId);
    }

    /** Whether the actor may handle (change) this case: for buttons; every write checks again. */
    public boolean mayHandle(EnforcementCase c, Actor actor) {
        return CaseAccess.may(actor, Permission.CASE_HANDLE, c);
    }

    /** 立案: a new case for the draft's unit (default: the actor's), numbered 黎工商处〔2026〕N号. */
    @Transactional
    public EnforcementCase register(CaseDraft draft, Actor actor) {
        return register(draft, null, actor);
    }

    EnforcementCase register(CaseDraft draft, Long clueId, Actor actor) {
        long unitId = draft.unitId() != null ? draft.unitId() : actor.unitId();
        UnitRef unit = units.find(unitId).filter(u -> actor.can(Permission.CASE_HANDLE)
                && actor.scopeFor(Permission.CASE_HANDLE).coversUnit(u.path(), u.regionPath()))
                .orElseThrow(() -> new InvalidInput("unitId", "case.invalid.unit"));
        List<CaseStore.PartyRow> parties = validator.validate(draft, unitId);
        LocalDateTime registeredAt = draft.registeredAt() != null ? draft.registeredAt().withNano(0) : CaseAccess.now();
        String number = numbers.nextCaseNumber(unitId, registeredAt.getYear());
        long id = store.insert(number, unitId, unit.path(), unit.regionPath(), clueId, draft, registeredAt,
                actor.username());
        store.replaceParts(id, parties, draft.goods(), draft.officerIds());
        store.appendTimeline(id, "STATUS", "立案 " + number, actor.displayName());
        EnforcementCase saved = access.refreshClock(id);
        events.publishEvent(AuditableChange.created("case", id, number, audit(saved)));
        return store.find(id).orElseThrow();
    }

    /** Corrects the details (until the decision); {@code version} guards against a concurrent edit. */
    @Transactional
    public EnforcementCase update(long caseId, CaseDraft draft, int version, Actor actor) {
        EnforcementCase before = access.forChange(caseId, actor, Permission.CASE_HANDLE);
        before.requireEditable();
        draft = keepStoredIdNumbers(caseId, before, draft);
        List<CaseStore.PartyRow> parties = validator.validate(draft, before.unitId());
        if (!store.updateDetails(caseId, draft, version)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.replaceParts(caseId, parties, draft.goods(), draft.officerIds());
        EnforcementCase after = store.find(caseId).orElseThrow();
        events.publishEvent(AuditableChange.updated("case", caseId, after.number(), audit(before), audit(after)));
        return after;
    }

    /**
     * The full ID number of a natural person never leaves the store, so a correction form cannot send it back:
     * a person party sent without an ID number, where the same person (by name) stood at the same place,
     * keeps the stored number. Someone else there needs the number entered.
     */
    private CaseDraft keepStoredIdNumbers(long caseId, EnforcementCase before, CaseDraft draft) {
        List<String> stored = store.fullIdNumbers(caseId);
        List<CaseDraft.PartyInput> parties = new java.util.ArrayList<>();
        for (int i = 0; i < draft.parties().size(); i++) {
            CaseDraft.PartyInput p = draft.parties().get(i);
            boolean samePerson = p.kind() == CaseParty.PartyKind.PERSON && CaseStore.blank(p.idNumber()) == null
                    && i < before.parties().size() && i < stored.size()
                    && before.parties().get(i).kind() == CaseParty.PartyKind.PERSON
                    && p.name() != null && p.name().strip().equals(before.parties().get(i).name());
            parties.add(samePerson ? CaseDraft.PartyInput.person(p.name(), stored.get(i), p.address()) : p);
        }
        return draft.withParties(parties);
    }

    /** Adds a line to the case's timeline (e.g. a transfer step: "移送书送达公安局"). */
    @Transactional
    public void timelineAppend(long caseId, String kind, String text, Actor actor) {
        get(caseId);
        store.appendTimeline(caseId, kind, text, actor.displayName());
    }

    /**
     * The case went to the police (移送, pending or accepted): status TRANSFERRED, the decision clock stops
     * (pause reason TRANSFER). Allowed from REGISTERED, INVESTIGATING, NOTIFIED; else {@link CaseTransitionRefused}.
     */
    @Transactional
    public EnforcementCase markTransferred(long caseId, long transferId, Actor actor) {
        EnforcementCase c = get(caseId);
        CaseStatus next = c.transferToPolice();
        if (c.decisionClock().openPause().isEmpty()) {
            clocks.pause(ClockStore.Owner.CASE, caseId, PauseReason.TRANSFER, null, CaseAccess.now());
        }
        store.setTransfer(caseId, transferId);
        return changeStatus(c, next, null, "移送公安", actor);
    }

    /**
     * 反向移送 / police declined: back to INVESTIGATING for an administrative penalty; the decision clock resumes.
     * Allowed from TRANSFERRED only.
     */
    @Transactional
    public EnforcementCase resumeAfterReverseTransfer(long caseId, String reason, Actor actor) {
        EnforcementCase c = get(caseId);
        CaseStatus next = c.returnFromPolice(reason);
        clocks.resume(ClockStore.Owner.CASE, caseId, CaseAccess.now());
        return changeStatus(c, next, reason, "公安退回（" + reason.strip() + "）", actor);
    }

    /** The police opened a criminal case and nothing administrative is left: TRANSFERRED → CLOSED. */
    @Transactional
    public EnforcementCase closeAfterTransfer(long caseId, String reason, Actor actor) {
        EnforcementCase c = get(caseId);
        CaseStatus next = c.closeAfterTransfer(reason);
        return changeStatus(c, next, reason, "结案（" + reason.strip() + "）", actor);
    }

    EnforcementCase changeStatus(EnforcementCase c, CaseStatus next, String reason, String timelineText,
            Actor actor) {
        store.setStatus(c.id(), next, reason, next == CaseStatus.CLOSED ? today() : null);
        store.appendTimeline(c.id(), "STATUS", timelineText, actor.displayName());
        EnforcementCase after = access.refreshClock(c.id());
        events.publishEvent(AuditableChange.updated("case", c.id(), c.number(), Map.of("status", c.status()),
                Map.of("status", next)));
        return after;
    }

    static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }

    static Map<String, Object> audit(EnforcementCase c) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", c.title());
        f.put("category", c.category());
        f.put("productCategory", c.productCategory());
        f.put("facts", c.facts());
        f.put("caseValue", c.caseValue());
        f.put("illegalGains", c.illegalGains());
        f.put("illegalBusinessAmount", c.illegalBusinessAmount());
        f.put("parties", c.parties().stream().map(p -> p.name() + " " + (p.uscc() != null ? p.uscc()
                : p.idNumberMasked() == null ? "" : p.idNumberMasked())).toList());
        f.put("goods", c.goods().stream().map(g -> g.name() + " " + g.quantity() + g.unitLabel()).toList());
        f.put("officers", c.officers().stream().map(HandlingOfficer::displayName).toList());
        f.put("status", c.status());
        return f;
    }
}
