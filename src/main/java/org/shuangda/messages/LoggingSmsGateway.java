package org.shuangda.messages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The default {@link SmsGateway}: one log line per text, the number masked (logger {@code org.shuangda.notifications.sms}). */
@Component
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger("org.shuangda.notifications.sms");

    @Override
    public void send(String phone, String text) {
        log.info("sms to {}: {}", mask(phone), text);
    }

    static String mask(String phone) {
        return phone.length() <= 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
