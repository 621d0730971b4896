package org.shuangda.messages;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's inbox: their own messages only (another person's message answers 404, like a missing one), the
 * unread count, marking read (the read receipt: the first read time is kept), and the receipts of the
 * notices they sent. A system actor has no inbox.
 */
@Service
public class MessageCentre {

    /** Rows per page of the inbox. */
    public static final int PAGE_SIZE = 20;

    private final MessageStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageCentre(MessageStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Page {@code page} (from 0) of the actor's inbox, unread first, then newest first. */
    public MessagePage inbox(Actor actor, int page) {
        if (actor.isSystem()) {
            return new MessagePage(List.of(), 0, PAGE_SIZE, 0, 0);
        }
        int p = Math.max(0, Math.min(page, 100_000));
        return new MessagePage(store.page(actor.userId(), p * PAGE_SIZE, PAGE_SIZE), p, PAGE_SIZE,
                store.count(actor.userId()), store.unread(actor.userId()));
    }

    public long unreadCount(Actor actor) {
        return actor.isSystem() ? 0 : store.unread(actor.userId());
    }

    /** One of the actor's messages; 404 for another person's or a missing one. */
    public Message get(Actor actor, long id) {
        return store.find(actor.isSystem() ? -1 : actor.userId(), id)
                .orElseThrow(() -> new NotFoundProblem("message", id));
    }

    /** Marks one of the actor's messages read (the first read time stays); 404 for another person's. */
    @Transactional
    public Message markRead(Actor actor, long id) {
        Message before = get(actor, id);
        if (before.unread()) {
            store.markRead(actor.userId(), id, clock.instant());
            events.publishEvent(AuditableChange.updated(actor, "inbox_message", id, before.subject(),
                    Map.of("read", false), Map.of("read", true)));
        }
        return get(actor, id);
    }

    /** Marks all of the actor's unread messages read; answers how many. */
    @Transactional
    public int markAllRead(Actor actor) {
        if (actor.isSystem()) {
            return 0;
        }
        int n = store.markAllRead(actor.userId(), clock.instant());
        if (n > 0) {
            events.publishEvent(AuditableChange.of(actor, AuditAction.UPDATE, "inbox_message", null,
                    actor.displayName(), Map.of("markedRead", n)));
        }
        return n;
    }

    /** The notices the actor sent (催报), newest first, with who received each and who read it when. */
    public List<Receipt> sent(Actor actor, int limit) {
        if (actor.isSystem()) {
            return List.of();
        }
        return store.sentBy(actor.username(), Math.max(1, Math.min(limit, 200)));
    }
}
