package org.shuangda.complaints;

/** What a list of filings is narrowed to; every part optional. */
public record FilingFilter(FilingStatus status, Track track, Long unitId, String query) {

    public static FilingFilter none() {
        return new FilingFilter(null, null, null, null);
    }
}
