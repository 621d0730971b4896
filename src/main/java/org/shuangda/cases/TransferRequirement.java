package org.shuangda.cases;

/**
 * Whether a case must still be decided on for a transfer to the police before its administrative decision: a
 * criminal threshold is met (the prompt on the case page) and neither a transfer was approved / handed over nor
 * the head decided not to transfer (不批准移送, with its reason). The transfer code answers it
 * ({@code org.shuangda.cases.transfer}); the lifecycle asks it so that 作出处罚决定 is refused, and its button
 * absent, while the answer is yes (以罚代刑 is what 国务院令第310号 forbids).
 */
public interface TransferRequirement {

    /** True while the case meets a threshold and no transfer decision was made. */
    boolean undecided(long caseId);
}
