package org.shuangda.credit.record;

import java.time.Instant;

/** A paper (申请材料) of a restoration application as stored; the file is on disk under {@code fileKey}. */
public record RestorationPaper(long id, long restorationId, String name, String contentType, long size,
        String fileKey, Instant addedAt) {
}
