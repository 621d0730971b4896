package org.shuangda.messages;

import java.time.Instant;
import java.util.List;

/**
 * What the sender of a notice sees: to whom it went and who read it when (read receipts).
 *
 * @param recipients one line per person, in unit then name order
 */
public record Receipt(String noticeId, String kind, String subject, String unitName, Instant sentAt,
        List<Recipient> recipients) {

    /** One person a notice reached; {@code readAt} null while unread. */
    public record Recipient(String displayName, String unitName, Instant readAt) {
    }

    public long readCount() {
        return recipients.stream().filter(r -> r.readAt() != null).count();
    }
}
