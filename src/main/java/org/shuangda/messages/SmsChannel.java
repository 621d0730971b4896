package org.shuangda.messages;

import org.shuangda.identity.NotificationContacts.Contact;
import org.shuangda.shared.NotificationSender.Notification;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * SMS delivery through the {@link SmsGateway}: the subject and the platform's name, to the person's phone.
 * Off unless {@code shuangda.notifications.sms.enabled=true}.
 */
@Component
@ConditionalOnProperty(name = "shuangda.notifications.sms.enabled", havingValue = "true")
class SmsChannel implements DeliveryChannel {

    private final SmsGateway gateway;

    SmsChannel(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public void deliver(Notification n, Contact to) {
        if (to.phone() != null) {
            gateway.send(to.phone(), "【双打协同平台】" + n.subject());
        }
    }
}
