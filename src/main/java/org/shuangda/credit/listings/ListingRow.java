package org.shuangda.credit.listings;

/** A listing with the names a page shows beside it: the listing unit, the agreeing region. */
public record ListingRow(Listing listing, String unitName, String agreementRegionName) {
}
