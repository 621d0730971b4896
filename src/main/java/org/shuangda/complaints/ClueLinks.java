package org.shuangda.complaints;

import java.util.Map;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.events.ClueDecided;
import org.shuangda.shared.events.ClueRegistered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The cases module's answers to a referred tip: the clue's number is linked to the filing, and the 立案
 * decision closes it with the outcome the public sees and starts the 5-working-day notice clock for a
 * real-name tipster. Both are idempotent, as the event registry may deliver again after a crash, and both lock
 * the filing's row first: the two answers can arrive together, and an event that failed on a concurrent change
 * would wait for the next restart to be delivered again.
 */
@Component
class ClueLinks {

    private final FilingStore store;
    private final ApplicationEventPublisher events;

    ClueLinks(FilingStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ClueRegistered event) {
        Filing f = store.findForUpdate(event.filingId()).orElse(null);
        if (f == null || event.clueNumber().equals(f.clueNumber())) {
            return;
        }
        requireUpdated(store.update(f.id(), f.version(), "clue_id = :clue, clue_number = :no",
                Map.of("clue", event.clueId(), "no", event.clueNumber())));
        store.addEvent(f.id(), FilingEventKind.CLUE_REGISTERED, f.status(), f.unitId(), event.clueNumber(), "cases");
        events.publishEvent(new AuditableChange(AuditAction.UPDATE, "filing", String.valueOf(f.id()), f.trackingNo(),
                Map.of(), Map.of("clueNumber", event.clueNumber()), "cases"));
    }

    @ApplicationModuleListener
    void on(ClueDecided event) {
        Filing f = store.findForUpdate(event.filingId()).orElse(null);
        if (f == null || f.status() != FilingStatus.REFERRED) {
            return;
        }
        FilingStatus next = f.clueDecided();
        Outcome outcome = event.caseOpened() ? Outcome.CASE_OPENED : Outcome.NO_CASE;
        requireUpdated(store.update(f.id(), f.version(), """
                status = :status, outcome = :outcome, case_number = nullif(:case, ''), result_text = nullif(:reason, ''),
                decided_at = now(), clue_id = coalesce(clue_id, :clue),
                notice_from = case when anonymous then null else cast(:decidedOn as date) end""",
                Map.of("status", next.name(), "outcome", outcome.name(),
                        "case", event.caseNumber() == null ? "" : event.caseNumber(),
                        "reason", event.reason() == null ? "" : event.reason(), "clue", event.clueId(),
                        "decidedOn", event.decidedOn())));
        store.addEvent(f.id(), FilingEventKind.CLUE_DECIDED, next, f.unitId(), outcome.name(), "cases");
        events.publishEvent(new AuditableChange(AuditAction.UPDATE, "filing", String.valueOf(f.id()), f.trackingNo(),
                Map.of("status", f.status()), Map.of("status", next, "outcome", outcome), "cases"));
    }

    /** Someone changed the filing meanwhile: fail, so the event stays incomplete and is delivered again. */
    private static void requireUpdated(boolean updated) {
        if (!updated) {
            throw new IllegalStateException("filing changed concurrently; the clue event will be retried");
        }
    }
}
