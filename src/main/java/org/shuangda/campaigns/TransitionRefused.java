package org.shuangda.campaigns;

import org.shuangda.shared.InvalidInput;

/**
 * A lifecycle step the current state does not allow (activating a closed campaign, reporting on a
 * completed task): answered 422 with the field {@code status} and the reason's message code.
 */
public class TransitionRefused extends InvalidInput {

    public TransitionRefused(String reason) {
        super("status", reason);
    }
}
