package org.shuangda.messages;

import org.shuangda.identity.NotificationContacts.Contact;
import org.shuangda.shared.NotificationSender.Notification;

/**
 * A way out of the platform for a notice, after the in-app message is recorded: e-mail
 * ({@link SmtpNotificationSender}), SMS ({@link SmsChannel}). A deployment adds one by declaring a bean.
 * A channel that fails throws; the dispatcher logs it and goes on (the in-app message stays).
 */
public interface DeliveryChannel {

    /** Short name for the log, e.g. {@code smtp}. */
    String name();

    /** Delivers {@code notification} to one person; does nothing when the person has no address for it. */
    void deliver(Notification notification, Contact to);
}
