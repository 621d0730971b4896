package org.shuangda.credit.listings;

import java.time.LocalDate;
import java.util.List;

/**
 * A listing as a page or the API shows it to one reader: with its names, the clock of its stage, the key days of
 * its list (objection window, earliest early removal) and the steps the reader may take now.
 */
public record ListingView(Listing listing, String unitName, String agreementRegionName, ListingClock clock,
        LocalDate objectionEnds, LocalDate earliestRemoval, List<ListingAction> actions) {
}
