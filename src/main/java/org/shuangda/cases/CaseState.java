package org.shuangda.cases;

/**
 * What the steps of a case depend on ({@link CaseAction#possibleIn}): its status, and whether its decision clock
 * stands still, goods are held, the hold was extended, the case is supervised.
 */
public record CaseState(CaseStatus status, boolean clockPaused, boolean goodsHeld, boolean seizureExtended,
        boolean supervised) {

    static CaseState of(CaseStatus status, boolean clockPaused, Seizure seizure, boolean supervised) {
        boolean held = seizure != null && seizure.holdsGoods();
        return new CaseState(status, clockPaused, held, held && seizure.extended(), supervised);
    }
}
