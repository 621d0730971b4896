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

    private final FilingStore store;
    private final FilingClocks clocks;

    Filings(FilingStore store, FilingClocks clocks) {
        this.store = store;
        this.clocks = clocks;
    }

    public Page list(FilingFilter filter, int page, int size) {
        DataScope scope = Actors.scopeFor(Permission.FILING_VIEW);
        int p = Math.max(0, page);
        int s = Math.min(Math.max(1, size), 200);
        return new Page(store.list(scope, filter, s, p * s), store.count(scope, filter), p, s);
    }

    public Filing get(long id) {
        Actor actor = Actors.require();
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
