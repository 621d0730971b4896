package org.shuangda.cases;

import org.shuangda.shared.Actor;
import org.shuangda.shared.events.TipReferredToCases;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Registers a clue (source COMPLAINT) for every tip complaints refers to a unit and answers with
 * {@code ClueRegistered} ({@link Clues#acceptReferral}). Runs after complaints committed, in its own transaction;
 * a repeated delivery of the same filing answers with the clue already registered. The officer who referred the
 * tip is recorded as the clue's creator; the system registers it.
 */
@Component
class TipReferrals {

    static final Actor REFERRAL = Actor.system("投诉举报转线索");

    private final Clues clues;

    TipReferrals(Clues clues) {
        this.clues = clues;
    }

    @ApplicationModuleListener
    void on(TipReferredToCases tip) {
        clues.acceptReferral(REFERRAL, tip);
    }
}
