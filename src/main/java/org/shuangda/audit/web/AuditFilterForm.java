package org.shuangda.audit.web;

import org.shuangda.audit.AuditQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter form as typed, kept as text so a wrong date is shown back to the user to correct rather than
 * lost in a type conversion error.
 */
public record AuditFilterForm(String actor, String action, String objectType, String objectId, String from,
        String to) {

    AuditQuery parse(String olderThan, String newerThan) {
        return AuditQuery.parse(actor, action, objectType, objectId, from, to, olderThan, newerThan);
    }

    /** The page's address with these filters and a keyset position, for the older/newer links. */
    public String link(Long olderThan, Long newerThan) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit");
        add(uri, "actor", actor);
        add(uri, "action", action);
        add(uri, "objectType", objectType);
        add(uri, "objectId", objectId);
        add(uri, "from", from);
        add(uri, "to", to);
        add(uri, "before", olderThan == null ? null : olderThan.toString());
        add(uri, "after", newerThan == null ? null : newerThan.toString());
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.strip());
        }
    }
}
