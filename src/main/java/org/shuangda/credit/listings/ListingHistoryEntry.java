package org.shuangda.credit.listings;

import java.time.Instant;

/** One step of a listing's history, as its page shows it. */
public record ListingHistoryEntry(String action, ListingState state, String note, String actor, Instant at) {
}
