package org.shuangda.cases;

import org.shuangda.calendar.RuleKeys;
import org.shuangda.calendar.Rulebook;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases for an actor: reads need {@code CASE_VIEW} over the handling unit (else 404), registering and
 * correcting need {@code CASE_HANDLE} over it. Every change is audited and written on the case's timeline.
 * The officer's lifecycle steps are in {@link CaseLifecycle}, clocks and seizures in {@link CaseClocks}, 督办 in
 * {@link CaseSupervision}; all of them are {@link CaseAction}s.
 *
 * <p><b>Contract for the transfer code</b> ({@code org.shuangda.cases.transfer}): {@link #markTransferred},
 * {@link #resumeAfterReverseTransfer}, {@link #closeAfterTransfer} and {@link #timelineAppend} change the case
 * on behalf of a transfer step. They do not check the actor's case permissions: the transfer code has
 * authorised the step (officer, head, police user) under its own rules; the actor is recorded.
 */
@Service
public class Cases {

    private final Rulebook rulebook;
    private final CaseStore store;
    private final CaseListStore lists;
    private final CaseAccess access;
    private final CaseSteps steps;
    private final CaseValidator validator;
    private final CaseNumbers numbers;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final TransferRequirement transferRequirement;
    private final SeizureStore seizures;

    Cases(CaseStore store, CaseListStore lists, CaseAccess access, CaseSteps steps, CaseValidator validator,
            CaseNumbers numbers, UnitDirectory units, ApplicationEventPublisher events, Rulebook rulebook,
            TransferRequirement transferRequirement, SeizureStore seizures) {
        this.transferRequirement = transferRequirement;
        this.seizures = seizures;
        this.rulebook = rulebook;
        this.store = store;
        this.lists = lists;
        this.access = access;
        this.steps = steps;
        this.validator = validator;
        this.numbers = numbers;
        this.units = units;
        this.events = events;
    }

    /** The case if the actor's {@code CASE_VIEW} scope reaches its unit, else {@link NotFoundProblem}. */
    @Transactional(readOnly = true)
    public CaseView find(Actor actor, long caseId) {
        return access.visible(actor, caseId);
    }

    /** The case without any scope check, for code of this module that applies its own. */
    @Transactional(readOnly = true)
    CaseView get(long caseId) {
        return store.view(caseId).orElseThrow(() -> new NotFoundProblem("case", caseId));
    }

    /** The actor's cases ({@code CASE_VIEW} scope), newest first. */
    @Transactional(readOnly = true)
    public CasePage list(Actor actor, CaseQuery query) {
        if (!actor.can(Permission.CASE_VIEW)) {
            return new CasePage(List.of(), query.page(), query.size(), false);
        }
        return lists.page(query, actor.scopeFor(Permission.CASE_VIEW), steps.today());
    }

    /** Active users of a unit holding the enforcement permission: the candidates for handling officers. */
    @Transactional(readOnly = true)
    public List<HandlingOfficer> officerCandidates(Actor actor, long unitId) {
        actor.require(Permission.CASE_HANDLE);
        return store.enforcersOf(unitId);
    }

    /**
     * The officer picker's search (承办人): the enforcers ({@code CASE_HANDLE} holders) of the unit whose name
     * contains {@code q}, by name with their unit, never a username. The unit must lie in the actor's
     * {@code CASE_HANDLE} scope, else {@link NotFoundProblem} (as for a unit that does not exist).
     */
    @Transactional(readOnly = true)
    public List<OfficerCandidate> officerCandidates(Actor actor, long unitId, String q, int limit) {
        DataScope scope = actor.require(Permission.CASE_HANDLE);
        units.find(unitId).filter(u -> scope.coversUnit(u.path(), u.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("unit", unitId));
        return store.enforcersMatching(unitId, q == null ? "" : q.strip(), limit);
    }

    /** Whether the actor may handle (change) this case: for the page; every write checks again. */
    public boolean mayHandle(Actor actor, CaseView c) {
        return CaseAccess.may(actor, Permission.CASE_HANDLE, c.owner());
    }

    /**
     * The steps the actor may take on the case now, in the order the case page shows them. An approval step
     * ({@code CASE_APPROVE}) is not offered to one of the case's own 承办人 (no approving one's own case).
     */
    public List<CaseAction> availableActions(Actor actor, CaseView c) {
        boolean ownCase = c.officers().stream().anyMatch(o -> o.userId() == actor.userId());
        CaseState state = c.state().withTransferUndecided(
                c.status().awaitsDecision() && transferRequirement.undecided(c.id()));
        return Arrays.stream(CaseAction.values()).filter(CaseAction::onCasePage)
                .filter(a -> a.possibleIn(state) && CaseAccess.may(actor, a.permission(), c.owner()))
                .filter(a -> !(ownCase && a.permission() == Permission.CASE_APPROVE)).toList();
    }

    /**
     * Whether the user is one of the case's handling officers (承办人): such a user may not approve the case's
     * own steps (its transfer, its extensions); another head or the deputy must. No scope check: the caller has
     * loaded the case or its transfer in its own scope.
     */
    @Transactional(readOnly = true)
    public boolean isHandlingOfficer(long caseId, long userId) {
        return store.isOfficerOf(caseId, userId);
    }

    /** 立案: a new case for the draft's unit (default: the actor's), numbered 黎工商处〔2026〕N号. */
    @Transactional
    public CaseView register(Actor actor, CaseDraft draft) {
        return register(actor, draft, null);
    }

    CaseView register(Actor actor, CaseDraft draft, Long clueId) {
        long unitId = draft.unitId() != null ? draft.unitId() : actor.unitId();
        OwningUnit unit = units.find(unitId).map(u -> new OwningUnit(u.id(), u.path(), u.regionPath()))
                .filter(u -> CaseAccess.may(actor, Permission.CASE_HANDLE, u))
                .orElseThrow(() -> new InvalidInput("unitId", "case.invalid.unit"));
        CaseDetails details = validator.validate(actor, draft, unitId, steps.now());
        var registeredAt = draft.registeredAt() != null ? draft.registeredAt().withNano(0) : steps.now();
        String number = numbers.nextCaseNumber(unitId, registeredAt.getYear());
        EnforcementCase c = EnforcementCase.register(store.nextId(), number, unit, clueId, registeredAt, details,
                rulebook.rule(RuleKeys.CASE_DECISION, registeredAt.toLocalDate(), unit.regionPath()).deadlineRule());
        steps.insert(actor, c);
        CaseView saved = get(c.id());
        events.publishEvent(AuditableChange.created(actor, "case", c.id(), number, audit(saved)));
        return saved;
    }

    /** Corrects the details (until the decision); {@code version} guards against a concurrent edit. */
    @Transactional
    public CaseView update(Actor actor, long caseId, CaseDraft draft, int version) {
        EnforcementCase c = access.forChange(actor, caseId, CaseAction.CORRECT.permission());
        c.require(CaseAction.CORRECT);
        CaseView before = get(caseId);
        c.correct(validator.validate(actor, keepStoredIdNumbers(c, draft), c.unit().id(), steps.now()));
        c.revalue(seizures.itemsOfCase(caseId)); // the seized items keep counting in the 案值 (CaseValue)
        steps.save(actor, c, version);
        CaseView after = get(caseId);
        events.publishEvent(AuditableChange.updated(actor, "case", caseId, after.number(), audit(before), audit(after)));
        return after;
    }

    /**
     * The full ID number of a natural person never leaves the module, so a correction form cannot send it back:
     * a person party sent without an ID number, where the same person (by name) stood at the same place,
     * keeps the stored number. Someone else there needs the number entered.
     */
    private static CaseDraft keepStoredIdNumbers(EnforcementCase c, CaseDraft draft) {
        List<Party> stored = c.details().parties();
        List<CaseDraft.PartyInput> parties = new ArrayList<>();
        for (int i = 0; i < draft.parties().size(); i++) {
            CaseDraft.PartyInput p = draft.parties().get(i);
            boolean samePerson = p.kind() == CaseParty.PartyKind.PERSON && Texts.blank(p.idNumber())
                    && i < stored.size() && stored.get(i).kind() == CaseParty.PartyKind.PERSON
                    && p.name() != null && p.name().strip().equals(stored.get(i).name());
            parties.add(samePerson ? CaseDraft.PartyInput.person(p.name(), stored.get(i).idNumber(), p.address()) : p);
        }
        return draft.withParties(parties);
    }

    /** Adds a line to the case's timeline (e.g. a transfer step: "移送书送达公安局"). */
    @Transactional
    public void timelineAppend(Actor actor, long caseId, String kind, String text) {
        get(caseId);
        store.appendTimeline(caseId, kind, text, actor.displayName());
    }

    /**
     * The case went to the police (移送, pending or accepted): status TRANSFERRED, the decision clock stops
     * (pause reason TRANSFER). Allowed from REGISTERED, INVESTIGATING, NOTIFIED; else {@link CaseTransitionRefused}.
     */
    @Transactional
    public void markTransferred(Actor actor, long caseId, long transferId) {
        steps.takeAuthorised(actor, caseId, c -> c.transferToPolice(transferId, steps.now()));
    }

    /** 反向移送 / police declined: back to INVESTIGATING; the decision clock resumes. From TRANSFERRED only. */
    @Transactional
    public void resumeAfterReverseTransfer(Actor actor, long caseId, String reason) {
        steps.takeAuthorised(actor, caseId, c -> c.returnFromPolice(reason, steps.now()));
    }

    /** The police opened a criminal case and nothing administrative is left: TRANSFERRED → CLOSED. */
    @Transactional
    public void closeAfterTransfer(Actor actor, long caseId, String reason) {
        steps.takeAuthorised(actor, caseId, c -> c.closeAfterTransfer(reason, steps.today()));
    }

    static Map<String, Object> audit(CaseView c) {
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
