package org.shuangda.privacy;

import java.time.LocalDateTime;

/**
 * One opening of a person's identity as the review list shows it: who, when, what (kind, the record and its
 * label, the fields), why, from where, and whether and how the unit head reviewed it. Never the data itself.
 * Times are Asia/Shanghai.
 */
public record IdentityOpening(long id, Kind kind, long objectId, String label, String fields, String unitName,
        long openedBy, String openedByName, LocalDateTime openedAt, String reason, String clientAddress,
        LocalDateTime reviewedAt, String reviewedByName, String reviewRemark) {

    /** What was opened. */
    public enum Kind {
        /** A tipster's (filer's) name, phone, ID number and address, on a filing. */
        FILER("filing", "/filings/"),
        /** A case party's full ID number, on a case. */
        CASE_PARTY("case", "/cases/"),
        /** A market entity's legal representative's full ID number (the record is the entity's; entities). */
        LEGAL_REP("entity", "/entities/");

        private final String objectType;
        private final String page;

        Kind(String objectType, String page) {
            this.objectType = objectType;
            this.page = page;
        }

        /** The audit trail's object type of the record opened ({@code filing}, {@code case}). */
        public String objectType() {
            return objectType;
        }

        String page() {
            return page;
        }
    }

    public boolean reviewed() {
        return reviewedAt != null;
    }

    /** The page of the record opened, for the list's link. */
    public String link() {
        return kind.page() + objectId;
    }
}
