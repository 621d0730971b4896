package org.shuangda.assessment;

import java.time.Instant;
import java.util.List;

/**
 * An evidence file of a run (佐证材料) with its versions, newest last, and the items it serves (one file may serve
 * several items).
 */
public record Evidence(long id, long runId, String title, List<Version> versions, List<Long> itemIds, String createdBy,
        Instant createdAt) {

    /** One uploaded version; {@code key} is where its bytes are kept (never shown). */
    public record Version(int version, String fileName, String contentType, long size, String key, String uploadedBy,
            Instant uploadedAt) {
    }

    public Evidence {
        versions = List.copyOf(versions);
        itemIds = List.copyOf(itemIds);
    }

    public Version current() {
        return versions.get(versions.size() - 1);
    }
}
