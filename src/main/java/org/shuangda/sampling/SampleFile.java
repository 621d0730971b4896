package org.shuangda.sampling;

import java.time.Instant;

/** A file of a sample: a photo of the test portion or the backup, online evidence, a lab's report, a receipt. */
public record SampleFile(long id, long sampleId, Kind kind, String name, String contentType, long size,
        String uploadedBy, Instant uploadedAt) {

    /** What the file is (labels {@code sampling.file.NAME}). */
    public enum Kind {
        PORTION_PHOTO,
        BACKUP_PHOTO,
        ONLINE_EVIDENCE,
        REPORT,
        RETEST_REPORT,
        NOTICE_RECEIPT
    }
}
