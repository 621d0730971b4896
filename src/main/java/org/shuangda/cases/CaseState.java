package org.shuangda.cases;

/**
 * What the steps of a case depend on ({@link CaseAction#possibleIn}): its status, and whether its decision clock
 * stands still, goods are held, the hold was extended, the case is supervised, and whether a transfer to the
 * police is required and not yet decided on ({@link TransferRequirement}: no 作出处罚决定 meanwhile).
 */
public record CaseState(CaseStatus status, boolean clockPaused, boolean goodsHeld, boolean seizureExtended,
        boolean supervised, boolean transferUndecided) {

    static CaseState of(CaseStatus status, boolean clockPaused, Seizure seizure, boolean supervised) {
        boolean held = seizure != null && seizure.holdsGoods();
        return new CaseState(status, clockPaused, held, held && seizure.extended(), supervised, false);
    }

    /** The same state, with the transfer code's answer on whether a transfer decision is outstanding. */
    CaseState withTransferUndecided(boolean undecided) {
        return new CaseState(status, clockPaused, goodsHeld, seizureExtended, supervised, undecided);
    }
}
