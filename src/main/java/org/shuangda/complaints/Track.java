package org.shuangda.complaints;

/** What a filing asks for; labels {@code filing.track.NAME}. */
public enum Track {
    /** 投诉: a consumer's dispute with a business, mediated. */
    COMPLAINT,
    /** 举报: a tip about a suspected violation, verified and possibly a case clue. */
    REPORT,
    /** 咨询: a question, answered. */
    ENQUIRY;

    /** Parses an API or form value; unknown values are the caller's mistake (422 on {@code field}). */
    public static Track parse(String value, String field) {
        return Codes.parse(Track.class, value, field);
    }
}
