package org.shuangda.cases;

import org.shuangda.shared.LifecycleAction;

/**
 * A case or clue step that can say why it is not possible ({@link #refusalIn}, a message code): whether it is
 * possible, and the 422 refusal the aggregate throws, both follow from that one answer.
 */
public interface RefusableAction<S> extends LifecycleAction<S> {

    /** Why the step is not possible in {@code state} (a message code), or null when it is. */
    String refusalIn(S state);

    @Override
    default boolean possibleIn(S state) {
        return refusalIn(state) == null;
    }

    /** Refuses ({@link CaseTransitionRefused}, 422 on {@code status} with the reason) unless possible in {@code state}. */
    default void requirePossibleIn(S state) {
        CaseTransitionRefused.unlessNull(refusalIn(state));
    }
}
