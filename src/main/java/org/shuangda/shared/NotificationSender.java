package org.shuangda.shared;

import java.util.List;

/**
 * Delivers a notice to a unit (in-app message, e-mail, SMS…). Modules only call {@link #send} or
 * {@link #deliver}; which person of the unit it reaches and by which channel is the implementation's business
 * (the message centre, {@code messages.NotificationDispatcher}, records an in-app message for each person of
 * the unit who may act on it, then hands it to the e-mail and SMS channels).
 */
public interface NotificationSender {

    /**
     * One notice to one unit.
     *
     * @param kind       e.g. {@code DUE_SOON}, {@code OVERDUE}, {@code MANUAL}
     * @param subject    one line
     * @param link       a path in the application where the unit acts on it
     * @param actOn      the permission a person of the unit needs to act on it (who receives it); null: everyone
     *                   of the unit
     * @param sentBy     username of the person who sent it (for read receipts); null: the platform
     */
    record Notification(long unitId, String unitName, String kind, String subject, String body, String link,
            Permission actOn, String sentBy) {

        public Notification(long unitId, String unitName, String kind, String subject, String body, String link) {
            this(unitId, unitName, kind, subject, body, link, null, null);
        }
    }

    /** Sends the notice; throws when it could not be handed over (the caller may retry later). */
    void send(Notification notification);

    /**
     * Sends the notice and answers the people it reached, by display name (empty when the implementation
     * does not know them, as a bare e-mail gateway would not).
     */
    default List<String> deliver(Notification notification) {
        send(notification);
        return List.of();
    }
}
