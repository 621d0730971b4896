package org.shuangda.complaints;

import org.shuangda.shared.Actor;
import org.shuangda.shared.events.ClueDecided;
import org.shuangda.shared.events.ClueRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The cases module's answers to a referred tip: the clue's number is linked to the filing, and the 立案
 * decision closes it with the outcome the public sees and starts the 5-working-day notice clock for a
 * real-name tipster. Both are idempotent, as the event registry may deliver again after a crash, and both lock
 * the filing's row first: the two answers can arrive together, and an event that failed on a concurrent change
 * would wait for the next restart to be delivered again. A failure leaves the event incomplete, to be retried.
 */
@Component
class ClueLinks {

    /** Who the answers are audited as. */
    static final Actor CASES = Actor.system("案件线索答复");

    private final FilingStore store;
    private final FilingChanges changes;
    private final FilingClocks clocks;

    ClueLinks(FilingStore store, FilingChanges changes, FilingClocks clocks) {
        this.store = store;
        this.changes = changes;
        this.clocks = clocks;
    }

    @ApplicationModuleListener
    void on(ClueRegistered event) {
        FilingView v = store.findForUpdate(event.filingId()).orElse(null);
        if (v != null && v.filing().clueRegistered(event.clueId(), event.clueNumber(), clocks.now())) {
            changes.save(CASES, v);
        }
    }

    @ApplicationModuleListener
    void on(ClueDecided event) {
        FilingView v = store.findForUpdate(event.filingId()).orElse(null);
        if (v != null && v.filing().clueDecided(event, clocks.now())) {
            changes.save(CASES, v);
        }
    }
}
