package org.shuangda.messages;

/**
 * Hands a text message to an SMS provider. The platform ships only {@link LoggingSmsGateway} (writes a masked
 * line to the log); to plug a provider (e.g. the province's 政务短信平台, Alibaba Cloud SMS, Tencent Cloud SMS),
 * declare a {@code @Primary} bean implementing this interface and set {@code shuangda.notifications.sms.enabled=true}.
 */
public interface SmsGateway {

    /** Sends {@code text} to {@code phone}; throws when the provider refuses it. */
    void send(String phone, String text);
}
