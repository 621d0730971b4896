package org.shuangda.messages.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.shuangda.messages.Message;
import org.shuangda.messages.MessageCentre;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message centre's pages: {@code /messages} (the inbox, unread first, paged), opening a message (marks it
 * read and goes to the thing it is about), marking all read, and {@code /messages/sent} (the read receipts of
 * the notices the person sent).
 */
@Controller
class MessagePages {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private final MessageCentre centre;

    MessagePages(MessageCentre centre) {
        this.centre = centre;
    }

    /** For templates: an instant in Beijing time, {@code yyyy-MM-dd HH:mm}; empty for null. */
    public static String time(Instant at) {
        return at == null ? "" : FORMAT.format(at);
    }

    @GetMapping("/messages")
    String inbox(Actor me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("inbox", centre.inbox(me, page));
        model.addAttribute("times", new Times());
        return "messages/inbox";
    }

    /** Opens a message: marked read, then the page it links to (or the inbox when it links nowhere). */
    @PostMapping("/messages/{id}/open")
    String open(Actor me, @PathVariable long id) {
        Message m = centre.markRead(me, id);
        return "redirect:" + (m.link() != null && m.link().startsWith("/") && !m.link().startsWith("//")
                ? m.link() : "/messages");
    }

    @PostMapping("/messages/{id}/read")
    String read(Actor me, @PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        centre.markRead(me, id);
        return "redirect:/messages?page=" + Math.max(0, page);
    }

    @PostMapping("/messages/read-all")
    String readAll(Actor me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("markedRead", centre.markAllRead(me));
        return "redirect:/messages";
    }

    @GetMapping("/messages/sent")
    String sent(Actor me, Model model) {
        model.addAttribute("receipts", centre.sent(me, 50));
        model.addAttribute("times", new Times());
        return "messages/sent";
    }

    /** Formats instants for the templates ({@code ${times.of(m.createdAt())}}). */
    static final class Times {
        public String of(Instant at) {
            return time(at);
        }
    }
}
