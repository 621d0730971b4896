package org.shuangda.assessment;

import org.shuangda.shared.InvalidInput;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A step the scheme's or the run's state does not allow (editing a scheme in use…): a 422 naming the state. */
public class AssessmentRefused extends InvalidInput {

    public AssessmentRefused(String code, String stateLabel) {
        super("status", code, new DefaultMessageSourceResolvable(stateLabel));
    }
}
