package org.shuangda.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of who opened whose identity, and why. The module that holds the data decides who may open it
 * (the assigned handler only) and calls {@link #record} before it decrypts, in the same transaction: no
 * opening without a stored reason, an audit entry and a line on the unit head's review list. The head
 * ({@code PERSONAL_DATA_REVIEW}, scope own unit) lists the openings of the unit's records and marks each
 * reviewed with an optional remark.
 */
@Service
public class IdentityOpenings {

    public static final int REASON_MIN = 4;
    public static final int REASON_MAX = 500;
    public static final int REMARK_MAX = 500;
    public static final int PAGE_MAX = 100;

    /** The record opened: its kind and id, a label people recognise (tracking number, case number), its unit. */
    public record Subject(IdentityOpening.Kind kind, long objectId, String label, long unitId, String unitPath,
            String regionPath, String fields) {
    }

    /** The review list's filter: opened from/to (days, inclusive, Asia/Shanghai), reviewed or not (null: both). */
    public record Filter(LocalDate from, LocalDate to, Boolean reviewed, Sort sort, boolean ascending) {

        public Filter {
            sort = sort == null ? Sort.OPENED_AT : sort;
        }
    }

    /** The columns the list sorts by. */
    public enum Sort {
        OPENED_AT,
        OPENED_BY,
        KIND,
        REVIEWED_AT
    }

    /** One page of the list and the total. */
    public record Page(List<IdentityOpening> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final IdentityOpeningStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdentityOpenings(IdentityOpeningStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the opening and audits it (without the data opened): call it after the access check and before
     * decrypting, inside the caller's transaction. A reason of fewer than 4 or more than 500 characters is 422
     * on {@code reason}.
     *
     * @return the stored reason (stripped, NFC)
     */
    @Transactional
    public String record(Actor me, Subject subject, String reason, String clientAddress) {
        String why = text(reason);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        int length = why == null ? 0 : why.codePointCount(0, why.length());
        if (length < REASON_MIN || length > REASON_MAX) {
            problems.add("reason", "privacy.invalid.reason", REASON_MIN, REASON_MAX, length);
        } else if (hasControl(why)) {
            problems.add("reason", "privacy.invalid.control");
        }
        problems.throwIfAny();
        long id = store.insert(subject, me.userId(), me.displayName(), clock.instant(), why,
                clientAddress == null || clientAddress.length() > 100 ? null : clientAddress);
        events.publishEvent(AuditableChange.of(me, AuditAction.VIEW_PERSONAL_DATA, subject.kind().objectType(),
                subject.objectId(), subject.label(), Map.of("fields", subject.fields(), "reason", why,
                        "opening", id, "clientAddress", clientAddress == null ? "" : clientAddress)));
        return why;
    }

    /** The openings of the records the head's scope reaches, newest first unless sorted otherwise. */
    @Transactional(readOnly = true)
    public Page list(Actor me, Filter filter, int page, int size) {
        DataScope scope = me.require(Permission.PERSONAL_DATA_REVIEW);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        checkDay(problems, "from", filter.from());
        checkDay(problems, "to", filter.to());
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            problems.add("to", "privacy.invalid.range");
        }
        problems.throwIfAny();
        int s = Math.max(1, Math.min(size, PAGE_MAX));
        int p = Math.max(0, Math.min(page, 100_000));
        return new Page(store.list(scope, filter, clock.getZone(), p * s, s), store.count(scope, filter,
                clock.getZone()), p, s);
    }

    /** Marks an opening reviewed (once); 404 outside the head's scope, 422 when already reviewed. */
    @Transactional
    public IdentityOpening review(Actor me, long id, String remark) {
        DataScope scope = me.require(Permission.PERSONAL_DATA_REVIEW);
        IdentityOpening o = store.find(id, scope).orElseThrow(() -> new NotFoundProblem("identity_opening", id));
        String note = text(remark);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (note != null && note.codePointCount(0, note.length()) > REMARK_MAX) {
            problems.add("remark", "privacy.invalid.remark", REMARK_MAX);
        } else if (note != null && hasControl(note)) {
            problems.add("remark", "privacy.invalid.control");
        }
        if (o.reviewed()) {
            problems.add("remark", "privacy.invalid.alreadyReviewed");
        }
        problems.throwIfAny();
        if (!store.markReviewed(id, me.userId(), me.displayName(), clock.instant(), note)) {
            throw new InvalidInput("remark", "privacy.invalid.alreadyReviewed");
        }
        events.publishEvent(AuditableChange.updated(me, "identity_opening", id, o.label(),
                Map.of("reviewed", false), Map.of("reviewed", true, "remark", note == null ? "" : note)));
        return store.find(id, scope).orElseThrow();
    }

    private static String text(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    /** Line breaks are allowed in a reason; NUL and the other control characters are not. */
    private static boolean hasControl(String s) {
        return s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r'
                && c != '\t');
    }

    private static void checkDay(InvalidInput.Collector problems, String field, LocalDate day) {
        if (day != null && (day.getYear() < 1949 || day.getYear() > 2100)) {
            problems.add(field, "privacy.invalid.day", 1949, 2100);
        }
    }
}
