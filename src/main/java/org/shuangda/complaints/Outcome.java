package org.shuangda.complaints;

/** How a filing ended; labels {@code filing.outcome.NAME}. Each belongs to one track. */
public enum Outcome {
    MEDIATED(Track.COMPLAINT),
    NOT_MEDIATED(Track.COMPLAINT),
    WITHDRAWN(Track.COMPLAINT),
    VIOLATION_HANDLED(Track.REPORT),
    NO_VIOLATION(Track.REPORT),
    CASE_OPENED(Track.REPORT),
    NO_CASE(Track.REPORT),
    ANSWERED(Track.ENQUIRY);

    private final Track track;

    Outcome(Track track) {
        this.track = track;
    }

    public Track track() {
        return track;
    }

    /** The outcomes a handler may choose (the clue outcomes come from the cases module). */
    public boolean handlerMayChoose() {
        return this != CASE_OPENED && this != NO_CASE && this != ANSWERED;
    }
}
