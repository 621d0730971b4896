package org.shuangda.complaints;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.events.TipReferredToCases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the handling unit does with a filing: accept or refuse it, answer an enquiry, close it, hand a tip to
 * the cases module, extend verification, record that a tipster was told. The first handler who acts becomes
 * the assigned handler (the only person who may see a tipster's identity). Routing steps (转办, merge,
 * split) are in {@link FilingRouting}.
 */
@Service
public class FilingHandling {

    private final FilingStore store;
    private final FilingClocks clocks;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;

    FilingHandling(FilingStore store, FilingClocks clocks, UnitDirectory units, ApplicationEventPublisher events) {
        this.store = store;
        this.clocks = clocks;
        this.units = units;
        this.events = events;
    }

    @Transactional
    public Filing accept(long id) {
        Filing f = handled(id);
        FilingStatus next = f.accept();
        return change(f, next, "status = :status, accepted_at = :now, handler_user_id = :handler",
                FilingEventKind.ACCEPTED, null);
    }

    @Transactional
    public Filing refuse(long id, RefusalGround ground, String explanation) {
        Filing f = handled(id);
        FilingStatus next = f.refuse(ground);
        return change(f, next, "status = :status, decided_at = :now, handler_user_id = :handler, "
                + "refusal_ground = :ground, result_text = :text", FilingEventKind.REFUSED, ground.name(),
                "ground", ground.name(), "text", FilingValidator.strip(explanation));
    }

    @Transactional
    public Filing answer(long id, String answer) {
        Filing f = handled(id);
        FilingStatus next = f.answer();
        String text = requireText("answer", answer);
        return change(f, next, "status = :status, decided_at = :now, handler_user_id = :handler, outcome = 'ANSWERED', "
                + "result_text = :text", FilingEventKind.ANSWERED, null, "text", text);
    }

    /** The handler's own decision; a real-name tipster's notice clock starts today. */
    @Transactional
    public Filing close(long id, Outcome outcome, String resultText) {
        Filing f = handled(id);
        FilingStatus next = f.close(outcome);
        String text = requireText("resultText", resultText);
        return change(f, next, "status = :status, decided_at = :now, outcome = :outcome, result_text = :text, "
                + "notice_from = case when track = 'REPORT' and not anonymous then cast(:today as date) end",
                FilingEventKind.CLOSED, outcome.name(), "outcome", outcome.name(), "text", text, "today", today());
    }

    /** 转为线索: the cases module registers a clue; the tipster's identity is not part of the event. */
    @Transactional
    public Filing referToCases(long id) {
        Filing f = handled(id);
        FilingStatus next = f.referToCases();
        Filing after = change(f, next, "status = :status, referred_at = :now", FilingEventKind.REFERRED, null);
        events.publishEvent(new TipReferredToCases(f.id(), f.trackingNo(), f.unitId(), f.regionCode(),
                f.targetName(), f.targetUscc(), f.category().name(), f.content(), Actors.require().username()));
        return after;
    }

    @Transactional
    public Filing extendVerification(long id, String approval) {
        Filing f = handled(id);
        f.requireMayExtendVerification();
        String text = requireText("approval", approval);
        return change(f, f.status(), "verify_extension = :text", FilingEventKind.EXTENDED, text, "text", text);
    }

    @Transactional
    public Filing markNotified(long id) {
        Filing f = handled(id);
        f.requireMayNotify();
        return change(f, f.status(), "notified_at = :now", FilingEventKind.NOTIFIED, null);
    }

    /** A filing the actor's unit handles (FILING_HANDLE over its unit); others are not found. */
    Filing handled(long id) {
        Actor actor = Actors.require();
        var scope = Actors.scopeFor(Permission.FILING_HANDLE);
        Filing f = store.find(id).orElseThrow(() -> new NotFoundProblem("filing", id));
        if (!scope.coversUnit(f.unitPath(), f.unitRegionPath())) {
            throw Filings.sees(actor, f) ? new org.shuangda.shared.AccessDeniedProblem("not the handling unit")
                    : new NotFoundProblem("filing", id);
        }
        return f;
    }

    private Filing change(Filing f, FilingStatus next, String assignments, FilingEventKind kind, String reason,
            Object... more) {
        Actor actor = Actors.require();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("status", next.name());
        params.put("now", FilingStore.instant(clocks.now()));
        params.put("handler", f.handlerUserId() != null ? f.handlerUserId() : actor.userId());
        for (int i = 0; i < more.length; i += 2) {
            params.put((String) more[i], more[i + 1]);
        }
        if (!assignments.contains(":handler")) {
            assignments += ", handler_user_id = coalesce(handler_user_id, :handler)";
        }
        if (!store.update(f.id(), f.version(), assignments, params)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.addEvent(f.id(), kind, next, f.unitId(), reason, actor.username());
        Filing after = store.find(f.id()).orElseThrow();
        events.publishEvent(AuditableChange.updated("filing", f.id(), f.trackingNo(), audit(f), audit(after)));
        return after;
    }

    static Map<String, Object> audit(Filing f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", f.status());
        m.put("unitId", f.unitId());
        m.put("handlerUserId", f.handlerUserId());
        m.put("outcome", f.outcome());
        m.put("refusalGround", f.refusalGround());
        m.put("verifyExtension", f.verifyExtension());
        m.put("clueNumber", f.clueNumber());
        m.put("notifiedAt", f.notifiedAt());
        m.put("mergedIntoId", f.mergedIntoId());
        m.put("track", f.track());
        return m;
    }

    static String requireText(String field, String text) {
        String t = FilingValidator.strip(text);
        if (t == null) {
            throw new InvalidInput(field, "error.required");
        }
        if (t.length() > 2000) {
            throw new InvalidInput(field, "filing.error.tooLong", 2000);
        }
        return t;
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }

    UnitRef unit(long unitId) {
        return units.find(unitId).orElseThrow(() -> new InvalidInput("unitId", "filing.error.unit"));
    }
}
