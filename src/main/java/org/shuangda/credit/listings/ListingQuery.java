package org.shuangda.credit.listings;

/**
 * The filters of the listings page and API: the list, the state, a name or USCC, only those waiting for a step,
 * and the page (0-based).
 */
public record ListingQuery(ListKind kind, ListingState state, String q, boolean waiting, int page, int size) {

    public static final int MAX_SIZE = 100;

    public ListingQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        page = Math.max(0, page);
        size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static ListingQuery all() {
        return new ListingQuery(null, null, null, false, 0, MAX_SIZE);
    }
}
