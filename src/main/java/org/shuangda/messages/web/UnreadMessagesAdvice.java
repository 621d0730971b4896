package org.shuangda.messages.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.shuangda.messages.MessageCentre;
import org.shuangda.shared.Actor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in person's unread message count into every page model as {@code unreadMessages} (the
 * header's badge); null on anonymous pages and for the JSON API (no query there).
 */
@ControllerAdvice
class UnreadMessagesAdvice {

    private final MessageCentre centre;

    UnreadMessagesAdvice(MessageCentre centre) {
        this.centre = centre;
    }

    @ModelAttribute("unreadMessages")
    Long unreadMessages(Optional<Actor> actor, HttpServletRequest request) {
        if (actor.isEmpty() || actor.get().isSystem() || request.getRequestURI().startsWith("/api/")
                || !"GET".equals(request.getMethod())) {
            return null;
        }
        return centre.unreadCount(actor.get());
    }
}
