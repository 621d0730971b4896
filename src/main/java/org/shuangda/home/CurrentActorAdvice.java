package org.shuangda.home;

import java.util.Optional;
import org.shuangda.shared.Actor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in {@link Actor} into every page model as {@code me}, so the menu shows only what they may do. */
@ControllerAdvice
class CurrentActorAdvice {

    @ModelAttribute("me")
    Actor me(Optional<Actor> actor) {
        return actor.orElse(null);
    }
}
