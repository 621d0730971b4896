package org.shuangda.credit.record.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The number and query code of this browser session's last restoration application, kept in the session so that
 * the receipt is a GET page after the POST (a refresh shows it again instead of applying twice), for
 * {@link #SHOWN_FOR} after applying; then the tracking page is the way back.
 */
record RestorationReceipt(String number, String queryCode, Instant appliedAt) implements Serializable {

    static final String SESSION_KEY = RestorationReceipt.class.getName();
    static final Duration SHOWN_FOR = Duration.ofMinutes(30);

    boolean shownAt(Instant now) {
        return now.isBefore(appliedAt.plus(SHOWN_FOR));
    }
}
