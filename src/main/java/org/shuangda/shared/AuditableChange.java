package org.shuangda.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something that changed, published by the module that changed it (inside its transaction) and written
 * to the hash-chained audit trail by the audit module. Never put secrets (passwords, token values,
 * decrypted personal data) in {@code before}/{@code after}.
 *
 * @param action     what happened
 * @param objectType e.g. {@code unit}, {@code user}, {@code entity}
 * @param objectId   the row's id as text (null for logins)
 * @param summary    one readable line, e.g. the unit's name
 * @param before     changed fields before (empty for a create)
 * @param after      changed fields after (empty for a delete)
 * @param actorName  who, when nobody is signed in (a failed login's username); else null
 * @param actor      who acted ({@link Actor#system(String)} for jobs, listeners and the demo)
 */
public record AuditableChange(AuditAction action, String objectType, String objectId, String summary,
        Map<String, Object> before, Map<String, Object> after, String actorName, Actor actor) {


    public static AuditableChange created(Actor actor, String type, Object id, String summary,
            Map<String, Object> fields) {
        return new AuditableChange(AuditAction.CREATE, type, String.valueOf(id), summary, Map.of(), fields, null,
                actor);
    }

    public static AuditableChange deleted(Actor actor, String type, Object id, String summary,
            Map<String, Object> fields) {
        return new AuditableChange(AuditAction.DELETE, type, String.valueOf(id), summary, fields, Map.of(), null,
                actor);
    }

    /** An update that records only the fields whose values differ. */
    public static AuditableChange updated(Actor actor, String type, Object id, String summary,
            Map<String, Object> before, Map<String, Object> after) {
        return updated(type, id, summary, before, after).by(actor);
    }

    /** Any other action (VIEW of a tipster's identity, EXPORT, LOGIN…) by {@code actor}. */
    public static AuditableChange of(Actor actor, AuditAction action, String type, Object id, String summary,
            Map<String, Object> fields) {
        return new AuditableChange(action, type, id == null ? null : String.valueOf(id), summary, Map.of(), fields,
                null, actor);
    }

    /** The same change, by {@code actor}. */
    public AuditableChange by(Actor actor) {
        return new AuditableChange(action, objectType, objectId, summary, before, after, actorName, actor);
    }

    public AuditableChange {
        before = before == null ? Map.of() : before;
        after = after == null ? Map.of() : after;
    }



    private static AuditableChange updated(String type, Object id, String summary, Map<String, Object> before,
            Map<String, Object> after) {
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        for (String key : after.keySet()) {
            if (!Objects.equals(String.valueOf(before.get(key)), String.valueOf(after.get(key)))) {
                changedBefore.put(key, before.get(key));
                changedAfter.put(key, after.get(key));
            }
        }
        return new AuditableChange(AuditAction.UPDATE, type, String.valueOf(id), summary, changedBefore,
                changedAfter, null, null);
    }

    public boolean changesNothing() {
        return action == AuditAction.UPDATE && before.isEmpty() && after.isEmpty();
    }
}
