package org.shuangda.credit.record;

import org.shuangda.shared.InvalidInput;

/** A restoration step the application's state does not allow: 422 on the field {@code status}. */
public class RestorationRefused extends InvalidInput {

    public RestorationRefused(RestorationAction action, RestorationStatus status) {
        super("status", "credit.restoration.refused.state", action.name(), status.name());
    }
}
