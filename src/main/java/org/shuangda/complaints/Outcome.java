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

    /**
     * Whether the filing was found to be right: the business remedied the complaint in mediation, the violation
     * reported was found and handled, or a case was opened from the tip. An answered enquiry claimed nothing.
     */
    public boolean upheld() {
        return this == MEDIATED || this == VIOLATION_HANDLED || this == CASE_OPENED;
    }

    /** The outcomes a handler may choose (the clue outcomes come from the cases module). */
    public boolean handlerMayChoose() {
        return this != CASE_OPENED && this != NO_CASE && this != ANSWERED;
    }
}
