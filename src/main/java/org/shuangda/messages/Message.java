package org.shuangda.messages;

import java.time.Instant;

/**
 * One message of a person's inbox.
 *
 * @param link    a path in the application where the person acts on it (may be null)
 * @param sentBy  display name of the person who sent it; null: the platform
 * @param readAt  when the person opened or marked it; null while unread
 */
public record Message(long id, String kind, String subject, String body, String link, String unitName,
        String sentBy, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
