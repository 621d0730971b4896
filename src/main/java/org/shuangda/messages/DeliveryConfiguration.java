package org.shuangda.messages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The e-mail channel, from {@code shuangda.notifications.smtp.*}; none unless {@code enabled=true}. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    @ConditionalOnProperty(name = "shuangda.notifications.smtp.enabled", havingValue = "true")
    SmtpNotificationSender smtpNotificationSender(
            @Value("${shuangda.notifications.smtp.host:localhost}") String host,
            @Value("${shuangda.notifications.smtp.port:25}") int port,
            @Value("${shuangda.notifications.smtp.username:}") String username,
            @Value("${shuangda.notifications.smtp.password:}") String password,
            @Value("${shuangda.notifications.smtp.starttls:false}") boolean starttls,
            @Value("${shuangda.notifications.smtp.from:noreply@shuangda.local}") String from,
            @Value("${shuangda.notifications.base-url:http://localhost:8080}") String baseUrl) {
        return new SmtpNotificationSender(SmtpNotificationSender.mailSender(host, port, username, password, starttls),
                from, baseUrl);
    }
}
