package org.shuangda.cases;

import org.shuangda.shared.events.ClueRegistered;
import org.shuangda.shared.events.TipReferredToCases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Registers a clue (source COMPLAINT) for every tip complaints refers to a unit and answers with
 * {@link ClueRegistered}. Runs after complaints committed, in its own transaction; a repeated delivery of the
 * same filing answers with the clue already registered.
 */
@Component
class TipReferrals {

    private final Clues clues;
    private final ClueStore store;
    private final ApplicationEventPublisher events;

    TipReferrals(Clues clues, ClueStore store, ApplicationEventPublisher events) {
        this.clues = clues;
        this.store = store;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(TipReferredToCases tip) {
        Clue clue = store.idOfFiling(tip.filingId()).flatMap(store::find).orElseGet(() -> clues.registerReferral(
                new Clues.ClueDraft(tip.unitId(), ClueSource.COMPLAINT, tip.trackingNo(), null,
                        tip.targetName() == null || tip.targetName().isBlank() ? "（举报未指明）" : tip.targetName(),
                        tip.targetUscc(), tip.content() == null || tip.content().isBlank() ? "（无内容）" : tip.content()),
                tip.filingId(), tip.referredBy()));
        events.publishEvent(new ClueRegistered(tip.filingId(), clue.id(), clue.number()));
    }
}
