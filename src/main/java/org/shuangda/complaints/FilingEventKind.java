package org.shuangda.complaints;

/** Lines of a filing's history; labels {@code filing.event.NAME}. */
public enum FilingEventKind {
    RECEIVED,
    REROUTED,
    ACCEPTED,
    REFUSED,
    ANSWERED,
    REFERRED,
    CLUE_REGISTERED,
    CLUE_DECIDED,
    CLOSED,
    MERGED,
    SPLIT,
    EXTENDED,
    PAUSED,
    RESUMED,
    NOTIFIED,
    RATED
}
