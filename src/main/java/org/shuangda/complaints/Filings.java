package org.shuangda.complaints;

import java.util.List;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.ListSort;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.springframework.stereotype.Service;

/**
 * Reading filings within the actor's scope: a filing belongs to its handling unit, so an officer sees his
 * unit's, the county office and hotline agents the county's. Out of scope reads as not found.
 */
@Service
public class Filings {

    /** One page of a list. */
    public record Page(List<FilingView> filings, long total, int page, int size) {
    }

    /** An attachment as staff see it. */
    public record Attachment(long id, String name, String contentType, long size) {
    }

    /** A file to send, after the scope check. */
    public record Download(String name, String contentType, java.nio.file.Path path) {
    }

    /** A filing with the clock that ran out. */
    public record Overdue(FilingView view, FilingClock clock) {
    }

    private final FilingStore store;
    private final FilingListStore lists;
    private final FilingClocks clocks;
    private final FilingFiles files;

    Filings(FilingStore store, FilingListStore lists, FilingClocks clocks, FilingFiles files) {
        this.store = store;
        this.lists = lists;
        this.clocks = clocks;
        this.files = files;
    }

    /** The filing list's sortable columns: newest received first by default, ties by id. */
    public static final ListSort.Columns COLUMNS = ListSort.Columns.defaultTo("received", true, "f.id")
            .with("trackingNo", "f.tracking_no").with("track", "f.track").with("target", "f.target_name")
            .with("unit", "u.name").with("received", "f.received_at").with("status", "f.status");

    public Page list(Actor me, FilingFilter filter, int page, int size) {
        return list(me, filter, COLUMNS.fallback(), page, size);
    }

    /** A page of the filings in scope matching {@code filter}, in {@code sort}'s order. */
    public Page list(Actor me, FilingFilter filter, ListSort sort, int page, int size) {
        SqlPredicate scope = me.require(Permission.FILING_VIEW).unitOwned("u.path", "u.region_path");
        int p = Math.max(0, page);
        int s = Math.min(Math.max(1, size), 200);
        return new Page(lists.list(scope, filter, sort, s, p * s), lists.count(scope, filter), p, s);
    }

    public FilingView get(Actor me, long id) {
        if (!me.can(Permission.FILING_VIEW) && !me.can(Permission.FILING_HANDLE)) {
            throw new AccessDeniedProblem("missing permission FILING_VIEW");
        }
        return store.find(id).filter(v -> v.visibleTo(me)).orElseThrow(() -> new NotFoundProblem("filing", id));
    }

    public List<FilingEvent> history(Actor me, long id) {
        return store.history(get(me, id).id());
    }

    public List<Attachment> attachments(Actor me, long id) {
        return files.of(get(me, id).id()).stream()
                .map(s -> new Attachment(s.id(), s.name(), s.contentType(), s.size())).toList();
    }

    public Download download(Actor me, long id, long attachmentId) {
        FilingView f = get(me, id);
        FilingFiles.Stored s = files.find(attachmentId).filter(a -> a.filingId() == f.id())
                .orElseThrow(() -> new NotFoundProblem("attachment", attachmentId));
        return new Download(s.name(), s.contentType(), files.pathOf(s));
    }

    /** Open filings of the actor's scope whose running clock ran out, oldest first. */
    public List<Overdue> overdue(Actor me) {
        SqlPredicate scope = me.require(Permission.FILING_VIEW).unitOwned("u.path", "u.region_path");
        var now = clocks.now();
        return lists.open(scope).stream()
                .flatMap(v -> clocks.overdue(v.filing(), now).map(c -> new Overdue(v, c)).stream()).toList();
    }

    /**
     * The filing the actor may take {@code action} on: its scope for one of the step's permissions reaches the
     * handling unit. A filing the actor sees but may not act on is a 403, one he does not see a 404.
     */
    FilingView forStep(Actor me, long id, FilingAction action) {
        if (action.permissions().stream().noneMatch(me::can)) {
            throw new AccessDeniedProblem("missing permission " + action.permission());
        }
        FilingView v = store.find(id).orElseThrow(() -> new NotFoundProblem("filing", id));
        if (!v.reachedBy(me, action)) {
            throw v.visibleTo(me) ? new AccessDeniedProblem("may not " + action.path() + " this filing")
                    : new NotFoundProblem("filing", id);
        }
        return v;
    }

    /** The filings the actor sees (FILING_VIEW or FILING_HANDLE over the handling unit), as a predicate. */
    static SqlPredicate visibleTo(Actor me) {
        return SqlPredicate.anyOf(scope(me, Permission.FILING_VIEW, "view"),
                scope(me, Permission.FILING_HANDLE, "handle"));
    }

    private static SqlPredicate scope(Actor me, Permission permission, String name) {
        return me.can(permission) ? me.scopeFor(permission).unitOwned("u.path", "u.region_path", name)
                : SqlPredicate.FALSE;
    }
}
