package org.shuangda.cases;

import org.shuangda.shared.Actor;
import org.shuangda.shared.events.InspectionFindingReferred;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Registers a clue (source INSPECTION) for every random-inspection finding that needs enforcement and answers with
 * {@code InspectionClueRegistered}; a repeated delivery answers with the clue already registered.
 */
@Component
class InspectionFindings {

    static final Actor REFERRAL = Actor.system("双随机抽查发现问题转线索");

    private final Clues clues;

    InspectionFindings(Clues clues) {
        this.clues = clues;
    }

    @ApplicationModuleListener
    void on(InspectionFindingReferred finding) {
        clues.acceptInspectionFinding(REFERRAL, finding);
    }
}
