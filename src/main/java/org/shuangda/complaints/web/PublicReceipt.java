package org.shuangda.complaints.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.shuangda.complaints.FilingReceipt;

/**
 * The receipt a citizen's browser session keeps after filing, for the GET receipt page (Post/Redirect/Get: a
 * reload shows the receipt again and files nothing). It lives only in that session, for {@link #SHOWN_FOR}, so
 * nobody else can open it and the query code is not in any URL; the database keeps only the code's hash.
 */
record PublicReceipt(String trackingNo, String queryCode, String track, String unitName, Instant filedAt)
        implements Serializable {

    static final String SESSION_KEY = PublicReceipt.class.getName();
    static final Duration SHOWN_FOR = Duration.ofMinutes(30);

    static PublicReceipt of(FilingReceipt receipt, String track, Instant now) {
        return new PublicReceipt(receipt.trackingNo(), receipt.queryCode(), track, receipt.unitName(), now);
    }

    boolean shownAt(Instant now) {
        return !now.isAfter(filedAt.plus(SHOWN_FOR));
    }
}
