package org.shuangda.shared;

import java.util.Arrays;
import java.util.List;

/**
 * One step of an aggregate's lifecycle (approve a transfer, close a case, return a submission), declared once
 * in an enum beside the aggregate: the states it is possible from and the permission it needs. The
 * aggregate's guarded method consults {@link #possibleIn}; controllers dispatch on the enum; templates loop
 * over {@link #available} instead of comparing state strings. Whether the actor's scope reaches the record is
 * checked by the service when it loads the record (404 outside scope), so it is not repeated here.
 *
 * @param <S> the aggregate's state enum
 */
public interface LifecycleAction<S> {

    /** Whether this step may be taken in {@code state} (the aggregate has the last word). */
    boolean possibleIn(S state);

    /** The permission the actor needs for this step. */
    Permission permission();

    /** Whether {@code actor} may take this step on a record in {@code state} that their scope reaches. */
    default boolean allowedFor(Actor actor, S state) {
        return possibleIn(state) && actor.can(permission());
    }

    /** The steps of {@code actions} the actor may take now, in declaration order: what the buttons show. */
    static <S, A extends Enum<A> & LifecycleAction<S>> List<A> available(Class<A> actions, Actor actor, S state) {
        return Arrays.stream(actions.getEnumConstants()).filter(a -> a.allowedFor(actor, state)).toList();
    }
}
