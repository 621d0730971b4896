package org.shuangda.complaints;

import org.shuangda.shared.InvalidInput;

/** A step the filing's state or track does not allow: 422 on {@code status} with the reason's message code. */
public class FilingTransitionRefused extends InvalidInput {

    public FilingTransitionRefused(String reason) {
        super("status", reason);
    }
}
