package org.shuangda.complaints;

import java.time.LocalDateTime;

/** One line of a filing's history. {@code actor} is a username: shown to staff, never to the public. */
public record FilingEvent(LocalDateTime at, FilingEventKind kind, FilingStatus status, String unitName,
        String reason, String actor) {
}
