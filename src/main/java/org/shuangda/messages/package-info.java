/**
 * The message centre (消息中心): in-app notices, one row per recipient person ({@code inbox_message}), with
 * an unread count in the header, the page {@code /messages} and {@code /api/v1/messages}, and read receipts for
 * the sender of a 催报. Every notice of the platform reaches it through {@link
 * org.shuangda.messages.NotificationDispatcher}, the primary {@link org.shuangda.shared.NotificationSender}: it
 * records the in-app message for each person of the unit who may act on it first, then hands it to the
 * delivery channels ({@link org.shuangda.messages.DeliveryChannel}: e-mail over SMTP when
 * {@code shuangda.notifications.smtp.enabled}, SMS through an {@link org.shuangda.messages.SmsGateway} when
 * {@code shuangda.notifications.sms.enabled}). It also listens to {@code cases.transfer.TransferHandedOver} (the
 * police unit addressed and the prosecutors overseeing the region are told). Every morning {@link
 * org.shuangda.messages.DueNotices} tells the people who act what is due (every module's {@link
 * org.shuangda.shared.DueItems}: reviews, transfers to decide, clocks near their end), once per item and day
 * ({@code due_notice_sent}). Depends on the shared kernel, identity (who belongs to a unit, their contacts),
 * organisation, the calendar (the lead in working days) and cases' transfer interface (the event).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messages 消息中心",
        allowedDependencies = {"shared", "identity", "organization", "calendar", "cases :: transfer"})
package org.shuangda.messages;
