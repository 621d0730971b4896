package org.shuangda.shared;

/**
 * Delivers a notice to a unit (e-mail, SMS, a messaging gateway…). Modules only call {@link #send}; which
 * channel reaches which person of the unit is the implementation's business. The default implementation
 * only logs; a deployment declares its own bean to replace it.
 */
public interface NotificationSender {

    /**
     * One notice to one unit.
     *
     * @param kind    e.g. {@code DUE_SOON}, {@code OVERDUE}, {@code MANUAL}
     * @param subject one line
     * @param link    a path in the application where the unit acts on it
     */
    record Notification(long unitId, String unitName, String kind, String subject, String body, String link) {
    }

    /** Sends the notice; throws when it could not be handed over (the caller may retry later). */
    void send(Notification notification);
}
