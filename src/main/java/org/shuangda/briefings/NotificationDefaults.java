package org.shuangda.briefings;

import org.shuangda.shared.NotificationSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until a deployment provides an e-mail or SMS sender, notices are written to the log. */
@Configuration(proxyBeanMethods = false)
class NotificationDefaults {

    @Bean
    @ConditionalOnMissingBean(NotificationSender.class)
    NotificationSender loggingNotificationSender() {
        return new LoggingNotificationSender();
    }

    /** Logs each notice on one line (logger {@code org.shuangda.notifications}). */
    static final class LoggingNotificationSender implements NotificationSender {

        private static final Logger log = LoggerFactory.getLogger("org.shuangda.notifications");

        @Override
        public void send(Notification n) {
            log.info("notice {} to unit {} ({}): {} | {} | {}", n.kind(), n.unitId(), n.unitName(), n.subject(),
                    n.body(), n.link());
        }
    }
}
