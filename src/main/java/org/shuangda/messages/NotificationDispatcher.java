package org.shuangda.messages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shuangda.identity.NotificationContacts;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.NotificationSender;
import org.shuangda.shared.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The platform's {@link NotificationSender}: a notice to a unit reaches the unit's enabled users who hold the
 * permission to act on it ({@link Notification#actOn()}), or, when nobody of the unit holds it (or none is
 * named), the unit's handling staff, so that the unit's working contact sees it. For each of them it first records
 * an in-app message (in the caller's transaction: a refused 催报 leaves no message), then, after the commit,
 * hands the notice to every {@link DeliveryChannel} (e-mail, SMS) for the person's address; a failing channel
 * is logged and does not undo the in-app message. Each notice is logged on one line (logger
 * {@code org.shuangda.notifications}) and audited with its recipients.
 */
@Primary
@Component
public class NotificationDispatcher implements NotificationSender {

    private static final Logger log = LoggerFactory.getLogger("org.shuangda.notifications");

    private final MessageStore store;
    private final Officers officers;
    private final NotificationContacts contacts;
    private final List<DeliveryChannel> channels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationDispatcher(MessageStore store, Officers officers, NotificationContacts contacts,
            List<DeliveryChannel> channels, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.officers = officers;
        this.contacts = contacts;
        this.channels = List.copyOf(channels);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void send(Notification notification) {
        deliver(notification);
    }

    /** Records the in-app messages and schedules the other channels; answers the people reached, by name. */
    @Override
    @Transactional
    public List<String> deliver(Notification n) {
        return deliver(n, recipients(n), null);
    }

    /**
     * A due item's notice ({@link DueNotices}): it reaches only the unit's enabled people who hold
     * {@link Notification#actOn()}, since its link is a page only they may open (never the handling staff instead,
     * who would follow it into a 403), and of them only those without an unread notice of the same item
     * ({@code itemKey}): a person's unread count and inbox show each due item once, however many days it stays
     * due; once read, a later day's notice reaches him again. Answers the people reached, by name.
     */
    @Transactional
    List<String> deliverDue(Notification n, String itemKey) {
        List<Long> waiting = store.unreadOf(itemKey);
        List<Officer> acting = n.actOn() == null ? List.of() : officers.ofUnit(n.unitId()).stream()
                .filter(Officer::enabled).filter(o -> o.holds(n.actOn())).filter(o -> !waiting.contains(o.id()))
                .toList();
        return deliver(n, acting, itemKey);
    }

    private List<String> deliver(Notification n, List<Officer> recipients, String itemKey) {
        log.info("notice {} to unit {} ({}): {} | {} | {}", n.kind(), n.unitId(), n.unitName(), n.subject(),
                n.body(), n.link());
        if (recipients.isEmpty() && itemKey != null) {
            log.info("notice {} to unit {} ({}) reached nobody new: its people holding {} have it unread, or none"
                    + " holds it", n.kind(), n.unitId(), n.unitName(), n.actOn());
            return List.of();
        }
        if (recipients.isEmpty()) {
            log.warn("notice {} to unit {} ({}) reached nobody: the unit has no enabled user", n.kind(), n.unitId(),
                    n.unitName());
            return List.of();
        }
        UUID notice = UUID.randomUUID();
        List<Long> ids = recipients.stream().map(Officer::id).toList();
        store.insert(notice, ids, n.unitId(), n.kind(), n.subject(), n.body(), n.link(), n.sentBy(),
                clock.instant(), itemKey);
        List<String> names = recipients.stream().map(Officer::displayName).toList();
        events.publishEvent(AuditableChange.created(Actor.system("消息中心"), "inbox_message", notice,
                n.subject(), Map.of("kind", n.kind(), "unit", n.unitName() == null ? "" : n.unitName(),
                        "recipients", names, "sentBy", n.sentBy() == null ? "" : n.sentBy())));
        afterCommit(() -> outside(n, ids));
        return names;
    }

    /**
     * Who of the unit receives the notice: the enabled users who hold {@link Notification#actOn()}; when nobody
     * does (or none is named), the unit's handling staff (users holding any permission of the handling duty:
     * the unit's working contacts), never its system, security or audit administrators nor its read-only
     * leaders, who would have nothing to do with it. The sender is never told of his own notice.
     */
    List<Officer> recipients(Notification n) {
        List<Officer> enabled = officers.ofUnit(n.unitId()).stream().filter(Officer::enabled)
                .filter(o -> n.sentBy() == null || !o.username().equalsIgnoreCase(n.sentBy())).toList();
        List<Officer> acting = n.actOn() == null ? List.of()
                : enabled.stream().filter(o -> o.holds(n.actOn())).toList();
        return !acting.isEmpty() ? acting : enabled.stream().filter(NotificationDispatcher::handles).toList();
    }

    private static boolean handles(Officer o) {
        return o.permissions().stream().anyMatch(p -> p.duty() == Permission.Duty.HANDLING);
    }

    private void outside(Notification n, List<Long> recipients) {
        if (channels.isEmpty()) {
            return;
        }
        for (long id : recipients) {
            contacts.of(id).ifPresent(contact -> {
                for (DeliveryChannel channel : channels) {
                    try {
                        channel.deliver(n, contact);
                    } catch (RuntimeException e) {
                        log.warn("notice {} to user {} by {} not delivered: {}", n.kind(), id, channel.name(),
                                e.toString());
                    }
                }
            });
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    /** For tests and the read-receipt page: the channels in use. */
    List<String> channelNames() {
        List<String> names = new ArrayList<>();
        channels.forEach(c -> names.add(c.name()));
        return names;
    }
}
