package org.shuangda.cases;

import org.shuangda.shared.Actor;
import org.shuangda.shared.events.SampleViolationReferred;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Registers a clue (source SAMPLING) for every failed sample whose follow-up found a violation and answers with
 * {@code SampleClueRegistered}; a repeated delivery answers with the clue already registered.
 */
@Component
class SamplingFindings {

    static final Actor REFERRAL = Actor.system("抽检不合格核查发现违法转线索");

    private final Clues clues;

    SamplingFindings(Clues clues) {
        this.clues = clues;
    }

    @ApplicationModuleListener
    void on(SampleViolationReferred finding) {
        clues.acceptSamplingFinding(REFERRAL, finding);
    }
}
