package org.shuangda.cases;

import org.shuangda.shared.InvalidInput;

/**
 * A step the case's (or clue's) current state does not allow: 422 on the field {@code status} with a
 * readable reason ({@code case.refused.*}); nothing is changed.
 */
public class CaseTransitionRefused extends InvalidInput {

    public CaseTransitionRefused(String reason, Object... args) {
        super("status", reason, args);
    }

    /** Refuses with {@code refusal}, a reason code, unless it is null (nothing refused). */
    static void unlessNull(String refusal) {
        if (refusal != null) {
            throw new CaseTransitionRefused(refusal);
        }
    }
}
