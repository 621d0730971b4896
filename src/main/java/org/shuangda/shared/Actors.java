package org.shuangda.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the {@link Actor} of the current request from Spring Security's context.
 *
 * @deprecated services take the {@link Actor} as a parameter (controllers get it as a handler argument);
 *             this thread-local read goes with issue 10.
 */
@Deprecated(forRemoval = true)
public final class Actors {

    private Actors() {
    }

    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** The actor, or an {@link AccessDeniedProblem} when the request is anonymous. */
    public static Actor require() {
        return current().orElseThrow(() -> new AccessDeniedProblem("login required"));
    }

    /** The actor's scope for {@code permission}, failing with 403 if the actor lacks the permission. */
    public static DataScope scopeFor(Permission permission) {
        Actor actor = require();
        if (!actor.can(permission)) {
            throw new AccessDeniedProblem("missing permission " + permission);
        }
        return actor.scopeFor(permission);
    }
}
