package org.shuangda.credit.listings;

import java.time.LocalDate;

/**
 * A listing as the public reads it (no login): the name (a natural person's masked), the USCC (an organisation's
 * only), the ground or field, the authority, the listing day and the day it leaves the list (serious list: the end
 * of its period; abnormal list: when the duty is done, so none).
 */
public record PublicListing(long id, ListKind kind, String name, String uscc, String ground, String authority,
        LocalDate listedOn, LocalDate removalOn) {
}
