package org.shuangda.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;

/**
 * Reads the audit trail for the page ({@code AUDIT_VIEW}), newest first, 50 entries a page by keyset (id),
 * within the viewer's data scope: an entry belongs to the unit its actor was in when it was written (the
 * snapshot paths), and entries without a unit (the system, unknown usernames at login) are seen only with
 * scope ALL. Entries still waiting in {@code audit_pending} are not listed, only counted
 * ({@link #pendingCount}).
 */
@Service
public class AuditLog {

    /** China has one time zone; days in the date filter and times on the page are in it. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** One page: the entries, and where the neighbouring pages start (null when there is none). */
    public record Page(List<AuditEntryView> entries, Long olderThan, Long newerThan) {
    }

    private final AuditEntryStore entries;
    private final PendingEntryStore pending;

    AuditLog(AuditEntryStore entries, PendingEntryStore pending) {
        this.entries = entries;
        this.pending = pending;
    }

    /**
     * Entries within the actor's scope committed but not yet on the chain (see {@link AuditChainer}): the page
     * lists only chained entries (they have their id) and says how many more are on their way.
     */
    public long pendingCount(Actor actor) {
        return pending.count(actor.require(Permission.AUDIT_VIEW));
    }

    public Page search(Actor actor, AuditQuery query) {
        DataScope scope = actor.require(Permission.AUDIT_VIEW);
        if (scope.isEmpty()) {
            return new Page(List.of(), null, null);
        }
        boolean backwards = query.newerThan() != null && query.olderThan() == null;
        List<AuditEntryView> rows = new ArrayList<>(entries.page(query, scope, backwards, AuditQuery.PAGE_SIZE + 1));
        boolean more = rows.size() > AuditQuery.PAGE_SIZE;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new Page(rows, null, null);
        }
        boolean hasOlder = backwards || more;
        boolean hasNewer = backwards ? more : query.olderThan() != null;
        return new Page(rows, hasOlder ? rows.get(rows.size() - 1).id() : null, hasNewer ? rows.get(0).id() : null);
    }
}
