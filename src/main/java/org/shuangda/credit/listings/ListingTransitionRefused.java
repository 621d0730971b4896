package org.shuangda.credit.listings;

import org.shuangda.shared.InvalidInput;

/** A step the listing's list or state does not allow: 422 on the field {@code state}; nothing is changed. */
public class ListingTransitionRefused extends InvalidInput {

    public ListingTransitionRefused(ListingAction action, ListingState state) {
        super("state", "listing.refused.step", action.name(), state.name());
    }
}
