package org.shuangda.messages.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuangda.messages.Message;
import org.shuangda.messages.MessageCentre;
import org.shuangda.messages.MessagePage;
import org.shuangda.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own messages: {@code GET /api/v1/messages}, {@code POST /api/v1/messages/{id}/read}. */
@RestController
@Tag(name = "Messages 消息中心")
class MessagesApi {

    private final MessageCentre centre;

    MessagesApi(MessageCentre centre) {
        this.centre = centre;
    }

    @GetMapping("/api/v1/messages")
    @Operation(summary = "The caller's messages, unread first then newest first, 20 a page, with the unread count")
    MessagePage list(Actor me, @RequestParam(defaultValue = "0") int page) {
        return centre.inbox(me, page);
    }

    @GetMapping("/api/v1/messages/{id}")
    @Operation(summary = "One of the caller's messages (404 for another person's)")
    Message get(Actor me, @PathVariable long id) {
        return centre.get(me, id);
    }

    @PostMapping("/api/v1/messages/{id}/read")
    @Operation(summary = "Marks one of the caller's messages read (the first read time stays; 404 for another person's)")
    Message read(Actor me, @PathVariable long id) {
        return centre.markRead(me, id);
    }
}
