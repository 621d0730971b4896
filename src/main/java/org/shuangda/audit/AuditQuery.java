package org.shuangda.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.InvalidInput;

/**
 * What the audit page asks for: filters (each optional) and a keyset position — entries older than
 * {@code olderThan} or newer than {@code newerThan} (ids), newest first.
 *
 * @param actor      part of the actor's name or username, case-insensitive
 * @param from       first day, inclusive (China time)
 * @param to         last day, inclusive
 */
public record AuditQuery(String actor, AuditAction action, String objectType, String objectId, LocalDate from,
        LocalDate to, Long olderThan, Long newerThan) {

    public static final int PAGE_SIZE = 50;
    static final int MAX_TEXT = 100;

    public static AuditQuery newest() {
        return new AuditQuery(null, null, null, null, null, null, null, null);
    }

    /** Parses the page's inputs, naming every field that is wrong ({@link InvalidInput}). */
    public static AuditQuery parse(String actor, String action, String objectType, String objectId, String from,
            String to, String olderThan, String newerThan) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        AuditQuery query = new AuditQuery(text("actor", actor, problems), action("action", action, problems),
                text("objectType", objectType, problems), text("objectId", objectId, problems),
                date("from", from, problems), date("to", to, problems), id("before", olderThan, problems),
                id("after", newerThan, problems));
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            problems.add("to", "audit.error.toBeforeFrom");
        }
        problems.throwIfAny();
        return query;
    }

    private static String text(String field, String value, InvalidInput.Collector problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = CanonicalJson.clean(value.strip());
        if (stripped.length() > MAX_TEXT) {
            problems.add(field, "error.tooLong", MAX_TEXT);
            return null;
        }
        return stripped;
    }

    private static AuditAction action(String field, String value, InvalidInput.Collector problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field, "audit.error.action");
            return null;
        }
    }

    private static LocalDate date(String field, String value, InvalidInput.Collector problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, "audit.error.date");
            return null;
        }
    }

    private static Long id(String field, String value, InvalidInput.Collector problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(field, "audit.error.position");
        return null;
    }
}
