package org.shuangda.complaints;

import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;

/**
 * Reading filings within the actor's scope: a filing belongs to its handling unit, so an officer sees his
 * unit's, the county office and hotline agents the county's. Out of scope reads as not found.
 */
@Service
public class Filings {

    /** One page of a list. */
    public record Page(List<Filing> filings, long total, int page, int size) {
    }

    /** An attachment as staff see it. */
    public record Attachment(long id, String name, String contentType, long size) {
    }

    /** A file to send, after the scope check. */
    public record Download(String name, String contentType, java.nio.file.Path path) {
    }

    private final FilingStore store;
    private final FilingClocks clocks;
    private final FilingFiles files;

    Filings(FilingStore store, FilingClocks clocks, FilingFiles files) {
        this.store = store;
        this.clocks = clocks;
        this.files = files;
    }

    public List<Attachment> attachments(long id) {
        return files.of(get(id).id()).stream()
                .map(s -> new Attachment(s.id(), s.name(), s.contentType(), s.size())).toList();
    }

    public Download download(long id, long attachmentId) {
        Filing f = get(id);
        FilingFiles.Stored s = files.find(attachmentId).filter(a -> a.filingId() == f.id())
                .orElseThrow(() -> new NotFoundProblem("attachment", attachmentId));
        return new Download(s.name(), s.contentType(), files.pathOf(s));
    }

    public Page list(FilingFilter filter, int page, int size) {
        DataScope scope = Actors.scopeFor(Permission.FILING_VIEW);
        int p = Math.max(0, page);
        int s = Math.min(Math.max(1, size), 200);
        return new Page(store.list(scope, filter, s, p * s), store.count(scope, filter), p, s);
    }

    public Filing get(long id) {
        Actor actor = Actors.require();
        if (!actor.can(Permission.FILING_VIEW) && !actor.can(Permission.FILING_HANDLE)) {
            throw new org.shuangda.shared.AccessDeniedProblem("missing permission FILING_VIEW");
        }
        return store.find(id).filter(f -> sees(actor, f)).orElseThrow(() -> new NotFoundProblem("filing", id));
    }

    public List<FilingEvent> history(long id) {
        return store.events(get(id).id());
    }

    /** Open filings of the actor's scope whose running clock ran out, oldest first. */
    public List<Overdue> overdue() {
        DataScope scope = Actors.scopeFor(Permission.FILING_VIEW);
        var now = clocks.now();
        return store.open(scope).stream()
                .flatMap(f -> clocks.overdue(f, now).map(c -> new Overdue(f, c)).stream()).toList();
    }

    /** A filing with the clock that ran out. */
    public record Overdue(Filing filing, FilingClock clock) {
    }

    static boolean sees(Actor actor, Filing f) {
        return (actor.can(Permission.FILING_VIEW)
                && actor.scopeFor(Permission.FILING_VIEW).coversUnit(f.unitPath(), f.unitRegionPath()))
                || (actor.can(Permission.FILING_HANDLE)
                        && actor.scopeFor(Permission.FILING_HANDLE).coversUnit(f.unitPath(), f.unitRegionPath()));
    }
}
