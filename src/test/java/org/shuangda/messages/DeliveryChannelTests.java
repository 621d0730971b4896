package org.shuangda.messages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.NotificationContacts;
import org.shuangda.identity.Officers;
import org.shuangda.shared.NotificationSender.Notification;
import org.shuangda.shared.Permission;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The delivery channels against a real SMTP listener ({@link SmtpSink}): the shared context has no channel
 * (SMTP is off by default), so the test builds a dispatcher of its own with the SMTP sender pointed at the
 * sink, and sends a notice to the 黎城县工商局: the in-app messages are recorded first, the mail reaches the
 * reporter's address with the subject, body and absolute link, and a person without an address gets none.
 */
@WebTest
class DeliveryChannelTests {

    @Autowired ApplicationContext context;
    @Autowired MessageStore store;
    @Autowired Officers officers;
    @Autowired NotificationContacts contacts;
    @Autowired ApplicationEventPublisher events;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void smtpIsOffByDefault() {
        assertThat(context.getBeansOfType(SmtpNotificationSender.class)).isEmpty();
        assertThat(context.getBean(NotificationDispatcher.class).channelNames()).doesNotContain("smtp");
    }

    @Test
    void theSmtpSenderDeliversToTheSinkAfterTheInAppMessage() throws Exception {
        long unit = jdbc.sql("select id from unit where name = '黎城县工商行政管理局'").query(Long.class).single();
        String address = "liting." + System.nanoTime() + "@example.cn";
        String before = jdbc.sql("select coalesce(email, '') from app_user where username = 'licheng.reporter'")
                .query(String.class).single();
        jdbc.sql("update app_user set email = :e where username = 'licheng.reporter'").param("e", address).update();
        try (SmtpSink sink = new SmtpSink()) {
            SmtpNotificationSender smtp = new SmtpNotificationSender(
                    SmtpNotificationSender.mailSender("127.0.0.1", sink.port(), null, null, false),
                    "noreply@shuangda.test", "http://platform.example.cn/");
            NotificationDispatcher dispatcher = new NotificationDispatcher(store, officers, contacts, List.of(smtp),
                    events, clock);
            String subject = "邮件测试" + System.nanoTime();
            List<String> reached = dispatcher.deliver(new Notification(unit, "黎城县工商行政管理局", "MANUAL", subject,
                    "请尽快报送。", "/reporting", Permission.REPORT_SUBMIT, "licheng.office"));

            assertThat(reached).contains("李婷").doesNotContain("冀向东");
            assertThat(jdbc.sql("select count(*) from inbox_message where subject = :s").param("s", subject)
                    .query(Long.class).single()).isEqualTo(reached.size());
            assertThat(sink.mails).hasSize(1); // the only recipient with an address
            SmtpSink.Mail mail = sink.mails.get(0);
            assertThat(mail.to()).containsExactly(address);
            MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(mail.data().getBytes(StandardCharsets.UTF_8)));
            assertThat(parsed.getSubject()).isEqualTo("【双打协同平台】" + subject);
            assertThat(parsed.getContent().toString()).contains("李婷").contains("请尽快报送。")
                    .contains("http://platform.example.cn/reporting");
        } finally {
            jdbc.sql("update app_user set email = nullif(:e, '') where username = 'licheng.reporter'")
                    .param("e", before).update();
        }
    }

    @Test
    void aFailingChannelLeavesTheInAppMessage() throws Exception {
        long unit = jdbc.sql("select id from unit where name = '黎城县工商行政管理局'").query(Long.class).single();
        DeliveryChannel broken = new DeliveryChannel() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void deliver(Notification n, NotificationContacts.Contact to) {
                throw new IllegalStateException("gateway down");
            }
        };
        NotificationDispatcher dispatcher = new NotificationDispatcher(store, officers, contacts, List.of(broken),
                events, clock);
        String subject = "通道故障测试" + System.nanoTime();
        List<String> reached = dispatcher.deliver(new Notification(unit, "黎城县工商行政管理局", "WARNING", subject,
                "正文", null, Permission.REPORT_SUBMIT, null));
        assertThat(reached).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from inbox_message where subject = :s").param("s", subject)
                .query(Long.class).single()).isEqualTo(reached.size());
    }

    @Test
    void smsNumbersAreMaskedInTheLog() {
        assertThat(LoggingSmsGateway.mask("13812345678")).isEqualTo("138****5678");
    }
}
