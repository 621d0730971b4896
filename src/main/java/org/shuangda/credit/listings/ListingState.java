package org.shuangda.credit.listings;

import java.util.EnumSet;
import java.util.Set;

/** Where a listing stands (labels {@code listing.state.NAME}). */
public enum ListingState {
    /** 经营异常名录: the ground is recorded, the listing decision is due within 10 working days (Order 68 art.6–9). */
    PENDING,
    /** 严重违法失信名单 proposed by a county or city unit: the upper level's agreement is awaited (Order 44 art.22). */
    AWAITING_AGREEMENT,
    /** On the list and shown publicly. */
    LISTED,
    /** 经营异常名录: an objection was filed (accept or refuse within 5 working days, Order 68 art.15). */
    OBJECTION_FILED,
    /** The objection is being verified (20 working days). */
    OBJECTION_VERIFYING,
    /** The objection was upheld: the wrong listing is corrected within 5 working days. */
    CORRECTING,
    /** Corrected: the listing was wrong and is no longer shown. */
    CORRECTED,
    /** Removal applied for (accepted or papers asked for within 2 working days, Order 107 art.14). */
    REMOVAL_APPLIED,
    /** The removal application was accepted: decided in 2 (abnormal) or 15 (serious) working days. */
    REMOVAL_ACCEPTED,
    /** Removed from the list (on application, at the end of its period, or corrected): no longer shown. */
    REMOVED,
    /** 经营异常名录: not listed after all (the ground fell away before the decision). */
    DROPPED,
    /** 严重违法失信名单: the upper level did not agree. */
    REJECTED;

    private static final Set<ListingState> SHOWN = EnumSet.of(LISTED, OBJECTION_FILED, OBJECTION_VERIFYING,
            CORRECTING, REMOVAL_APPLIED, REMOVAL_ACCEPTED);

    /** Whether a listing in this state is on the list (and shown publicly while its period runs). */
    public boolean onList() {
        return SHOWN.contains(this);
    }

    /** Names of the states on the list, for SQL. */
    static String[] onListNames() {
        return SHOWN.stream().map(Enum::name).toArray(String[]::new);
    }
}
