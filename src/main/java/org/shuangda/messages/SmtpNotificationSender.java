package org.shuangda.messages;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.shuangda.identity.NotificationContacts.Contact;
import org.shuangda.shared.NotificationSender.Notification;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail delivery over SMTP (Spring's {@link JavaMailSender}): one plain-text UTF-8 mail per person with an
 * address, subject as sent, the body and the link made absolute with {@code shuangda.notifications.base-url}.
 * Declared by {@link DeliveryConfiguration} only when {@code shuangda.notifications.smtp.enabled=true} (off by
 * default); the settings are {@code shuangda.notifications.smtp.host}, {@code port} (25), {@code username},
 * {@code password}, {@code starttls} (false) and {@code from}.
 */
public class SmtpNotificationSender implements DeliveryChannel {

    private final JavaMailSender mail;
    private final String from;
    private final String baseUrl;

    public SmtpNotificationSender(JavaMailSender mail, String from, String baseUrl) {
        this.mail = mail;
        this.from = from;
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    /** A {@link JavaMailSender} for the SMTP server at {@code host:port} (credentials optional). */
    public static JavaMailSender mailSender(String host, int port, String username, String password,
            boolean starttls) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        if (username != null && !username.isBlank()) {
            sender.setUsername(username);
            sender.setPassword(password);
            props.put("mail.smtp.auth", "true");
        }
        if (starttls) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        return sender;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public void deliver(Notification n, Contact to) {
        if (to.email() == null) {
            return;
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to.email());
            helper.setSubject("【双打协同平台】" + n.subject());
            StringBuilder text = new StringBuilder();
            text.append(to.displayName()).append("：\n\n").append(n.body() == null ? "" : n.body()).append("\n");
            if (n.link() != null) {
                text.append("\n").append(baseUrl).append(n.link()).append("\n");
            }
            helper.setText(text.toString(), false);
            mail.send(message);
        } catch (MessagingException e) {
            throw new MailSendException("mail to user " + to.userId() + " not composed", e);
        }
    }
}
