package org.shuangda.audit;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One audit entry as the page shows it: times in China time, the changed fields side by side. Actor
 * columns are null for the system; {@code actorUsername} alone (no user id) for a login attempt.
 */
public record AuditEntryView(long id, LocalDateTime occurredAt, String actorName, String actorUsername,
        String actorUnitName, String clientIp, String action, String objectType, String objectId, String summary,
        List<FieldChange> changes) {

    /** One field, before and after, as text; null where the side has no such field (a create) or no value. */
    public record FieldChange(String field, String before, String after) {
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** The fields of both sides in key order, values as text (nested values as their canonical JSON). */
    static List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (String field : new TreeSet<>(union(before, after))) {
            changes.add(new FieldChange(field, display(before, field), display(after, field)));
        }
        return changes;
    }

    private static List<String> union(Map<String, Object> before, Map<String, Object> after) {
        List<String> keys = new ArrayList<>(before.keySet());
        keys.addAll(after.keySet());
        return keys;
    }

    private static String display(Map<String, Object> side, String field) {
        Object value = side.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return CanonicalJson.write(value);
    }
}
