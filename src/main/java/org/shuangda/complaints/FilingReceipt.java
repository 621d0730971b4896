package org.shuangda.complaints;

/**
 * What a filer (or the calling system) gets back: the tracking number and the query code to follow the filing
 * on the public page. The code is shown only here; the database keeps its hash.
 *
 * @param replayed true when an earlier call with the same Idempotency-Key created the filing
 */
public record FilingReceipt(long id, String trackingNo, String queryCode, FilingStatus status, String unitName,
        boolean replayed) {

    FilingReceipt replay() {
        return new FilingReceipt(id, trackingNo, queryCode, status, unitName, true);
    }
}
