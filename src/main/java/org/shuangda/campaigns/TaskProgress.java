package org.shuangda.campaigns;

import java.time.Instant;

/**
 * One entry in a task's history: a progress report or a note, by a unit and a person, with at most one
 * attachment (its bytes live on disk under a random key, never under the web root).
 */
public record TaskProgress(long id, long taskId, ProgressKind kind, long unitId, String unitName, String reportedBy,
        Instant reportedAt, String body, Attachment attachment) {

    /** What is known of a stored file; {@code key} names it on disk and is never shown. */
    public record Attachment(String fileName, String contentType, long size, @com.fasterxml.jackson.annotation.JsonIgnore String key) {
    }

    public boolean hasAttachment() {
        return attachment != null;
    }
}
