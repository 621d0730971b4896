package org.shuangda.complaints;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.NotificationSender;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转办 to oneself needs the unit head's approval. A reroute whose requester could handle the filing where it
 * goes ({@code FILING_HANDLE} over the target unit) does not move the filing: it becomes a {@link RerouteRequest}
 * that a head of the target unit ({@code FILING_APPROVE}, the UNIT_HEAD role) approves or refuses, with a to-do
 * on his home page ({@link RerouteTodos}). The filing stays with its unit and handler until then; when it moves,
 * the unit it leaves is told (the handler loses it). Why: a handler learns the tipster's identity, so choosing
 * to become a tip's handler is a decision someone else signs off, as 国务院令第310号 has the head sign off a
 * transfer; before, an administrator rerouted a real-name tip to his own unit, accepted it and read the filer.
 */
@Service
public class RerouteApprovals {

    static final String TYPE = "filing_reroute_request";

    private final RerouteRequestStore store;
    private final FilingStore filings;
    private final FilingChanges changes;
    private final FilingClocks clocks;
    private final UnitDirectory units;
    private final NotificationSender notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RerouteApprovals(RerouteRequestStore store, FilingStore filings, FilingChanges changes, FilingClocks clocks,
            UnitDirectory units, NotificationSender notifications, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.filings = filings;
        this.changes = changes;
        this.clocks = clocks;
        this.units = units;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** Whether {@code me} would become a possible handler of a filing moved to {@code target}. */
    static boolean toOneself(Actor me, UnitRef target) {
        return !me.isSystem() && me.can(Permission.FILING_HANDLE)
                && me.scopeFor(Permission.FILING_HANDLE).coversUnit(target.path(), target.regionPath());
    }

    /** Records the request for a filing {@code me} may reroute (checked by the caller, as for any step). */
    RerouteRequest request(Actor me, Filing f, UnitRef target, String reason) {
        String why = Filing.requireText("reason", reason); // the same rule as a 转办's reason
        if (target.id() == f.unitId()) {
            throw new InvalidInput("unitId", "filing.error.sameUnit");
        }
        long id = store.insert(f.id(), f.unitId(), target.id(), why, me.userId(), me.username(), now())
                .orElseThrow(() -> new InvalidInput("unitId", "filing.reroute.alreadyPending"));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("filing_id", f.id());
        fields.put("from_unit_id", f.unitId());
        fields.put("to_unit_id", target.id());
        fields.put("reason", why);
        fields.put("status", RerouteRequest.Status.PENDING.name());
        events.publishEvent(AuditableChange.created(me, TYPE, id, f.trackingNo(), fields));
        return store.find(id).orElseThrow();
    }

    /** The requests for units in the head's scope (open ones first). */
    public List<RerouteRequest> list(Actor me) {
        return store.forTargets(targets(me), false, 200);
    }

    /** The open requests the head decides, for his to-do list. */
    public List<RerouteRequest> pending(Actor me) {
        return me.can(Permission.FILING_APPROVE) ? store.forTargets(targets(me), true, 50) : List.of();
    }

    /** Approves: the filing moves to the requested unit (back to RECEIVED, no handler), as a 转办 does. */
    @Transactional
    public RerouteRequest approve(Actor me, long id, String note) {
        RerouteRequest q = decidable(me, id);
        FilingView v = filings.findForUpdate(q.filingId()).orElseThrow(() -> new NotFoundProblem("filing", q.filingId()));
        Filing f = v.filing();
        Long handler = f.handlerUserId();
        long from = f.unitId();
        f.reroute(me, q.toUnitId(), q.reason(), clocks.now());
        decide(me, q, RerouteRequest.Status.APPROVED, note);
        changes.save(me, v);
        UnitRef left = units.find(from).orElseThrow();
        notifications.send(new NotificationSender.Notification(left.id(), left.name(), "FILING_REROUTED",
                "投诉举报 " + q.trackingNo() + " 已转办至" + q.toUnitName(),
                (handler == null ? "" : "原承办人不再办理此件。") + "经单位负责人 " + me.username() + " 批准，申请人 "
                        + q.requestedBy() + "。转办理由：" + q.reason(), "/filings/" + q.filingId()));
        return store.find(id).orElseThrow();
    }

    /** Refuses: the filing stays where it is. */
    @Transactional
    public RerouteRequest refuse(Actor me, long id, String note) {
        RerouteRequest q = decidable(me, id);
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note", "error.required");
        }
        decide(me, q, RerouteRequest.Status.REFUSED, note);
        return store.find(id).orElseThrow();
    }

    private void decide(Actor me, RerouteRequest q, RerouteRequest.Status status, String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            throw new InvalidInput("note", "filing.error.tooLong", 500);
        }
        if (!store.decide(q.id(), status, me.username(), now(), text)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("decision_note", text == null ? "" : text);
        events.publishEvent(AuditableChange.updated(me, TYPE, q.id(), q.trackingNo(),
                Map.of("status", RerouteRequest.Status.PENDING.name(), "decision_note", ""), after));
    }

    /** An open request of a unit in the head's scope; another's answers 404 like a missing one. */
    private RerouteRequest decidable(Actor me, long id) {
        DataScope scope = me.require(Permission.FILING_APPROVE);
        RerouteRequest q = store.find(id).orElseThrow(() -> new NotFoundProblem(TYPE, id));
        UnitRef target = units.find(q.toUnitId()).orElseThrow(() -> new NotFoundProblem(TYPE, id));
        if (!scope.coversUnit(target.path(), target.regionPath())) {
            throw new NotFoundProblem(TYPE, id);
        }
        if (!q.pending()) {
            throw new InvalidInput("status", "filing.reroute.decided");
        }
        if (!me.isSystem() && q.requestedBy().equals(me.username())) {
            throw new InvalidInput("status", "filing.reroute.ownRequest");
        }
        return q;
    }

    private SqlPredicate targets(Actor me) {
        return me.can(Permission.FILING_APPROVE)
                ? me.require(Permission.FILING_APPROVE).unitOwned("u.path", "u.region_path", "head")
                : SqlPredicate.FALSE;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
