package org.shuangda.sampling;

import org.shuangda.shared.InvalidInput;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A step the sample's state or the rules do not allow: a 422 with the reason, nothing changed. */
public class SampleRefused extends InvalidInput {

    /** The step is not possible in the sample's state (the state named in the reader's language). */
    public SampleRefused(SampleAction action, SampleState state) {
        super("state", "sampling.refused.state",
                new DefaultMessageSourceResolvable("sampling.action." + action.name()),
                new DefaultMessageSourceResolvable("sampling.state." + state.name()));
    }

    /** A rule refuses the step: {@code field} and a message code with its arguments. */
    public SampleRefused(String field, String code, Object... args) {
        super(field, code, args);
    }
}
