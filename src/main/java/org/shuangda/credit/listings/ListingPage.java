package org.shuangda.credit.listings;

import java.util.List;

/** A page of listings and how many match the filter. */
public record ListingPage(List<ListingRow> rows, long total) {
}
