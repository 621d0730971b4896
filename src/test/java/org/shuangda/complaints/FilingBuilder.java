package org.shuangda.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;

/** Filings in any state for the unit tests of the aggregate, and an officer to act on them. */
final class FilingBuilder {

    /** An officer of unit 7 (黎城县工商局) with every filing permission over his unit. */
    static final Actor OFFICER = new Actor() {
        @Override public long userId() { return 42; }
        @Override public String username() { return "test.officer"; }
        @Override public String displayName() { return "测试"; }
        @Override public long unitId() { return 7; }
        @Override public String unitName() { return "工商局"; }
        @Override public String unitRegionPath() { return "/140000/140400/140426/"; }
        @Override public boolean can(Permission permission) { return permission.name().startsWith("FILING_"); }
        @Override public DataScope scopeFor(Permission permission) {
            return new DataScope(false, java.util.List.of("/1/7/"), java.util.List.of(), java.util.List.of());
        }
    };

    static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 9, 30, 10, 0);

    long id = 1;
    Track track = Track.COMPLAINT;
    FilingStatus status = FilingStatus.RECEIVED;
    boolean anonymous;
    Long handler;
    LocalDateTime acceptedAt;
    LocalDateTime decidedAt;
    String extension;
    LocalDate noticeFrom;
    LocalDateTime notifiedAt;
    Long mergedInto;
    Integer rating;

    static FilingBuilder of(Track track, FilingStatus status) {
        FilingBuilder b = new FilingBuilder();
        b.track = track;
        b.status = status;
        return b;
    }

    static Filing filing(Track track, FilingStatus status) {
        return of(track, status).build();
    }

    FilingBuilder id(long value) { id = value; return this; }
    FilingBuilder anonymous(boolean value) { anonymous = value; return this; }
    FilingBuilder accepted(LocalDateTime at) { acceptedAt = at; return this; }
    FilingBuilder decided(LocalDateTime at) { decidedAt = at; return this; }
    FilingBuilder extended(String approval) { extension = approval; return this; }
    FilingBuilder noticeFrom(LocalDate day) { noticeFrom = day; return this; }
    FilingBuilder notified(LocalDateTime at) { notifiedAt = at; return this; }
    FilingBuilder mergedInto(long primary) { mergedInto = primary; return this; }
    FilingBuilder rated(int score) { rating = score; return this; }

    Filing build() {
        return Filing.restore(new Filing.Saved(id, "TS" + id, track, status,
                new Matter(Channel.HOTLINE_12315, Category.COUNTERFEIT, "内容", "140426", "/140000/140400/140426/",
                        "某商行", "91140426MA0K7ABC1X"),
                new Filer(FilerKind.CONSUMER, anonymous, anonymous ? null : "张*", anonymous ? null : "138****5678"),
                7, handler, RECEIVED, acceptedAt, null, decidedAt, null, null, null, extension, null, null, null,
                noticeFrom, notifiedAt, mergedInto, null, rating, null, null, 0));
    }
}
