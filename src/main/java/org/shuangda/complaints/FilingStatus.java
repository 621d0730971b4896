package org.shuangda.complaints;

/** Where a filing stands; labels {@code filing.status.NAME} (the public sees the same words). */
public enum FilingStatus {
    /** Registered and routed to a unit, waiting for its decision to accept. */
    RECEIVED,
    ACCEPTED,
    REFUSED,
    /** A tip handed to the cases module as a clue, waiting for its 立案 decision. */
    REFERRED,
    CLOSED,
    /** Linked to another filing about the same matter and handled there (合并处理). */
    MERGED;

    public boolean isOpen() {
        return this == RECEIVED || this == ACCEPTED || this == REFERRED;
    }
}
