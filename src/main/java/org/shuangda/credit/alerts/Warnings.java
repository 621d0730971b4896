package org.shuangda.credit.alerts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warnings board (预警): warnings are region-owned (the place of the matter, or the listing or deciding
 * authority's region), read with CREDIT_VIEW in its scope, acknowledged with a note (CREDIT_MANAGE over the
 * region); outside the scope a warning answers 404.
 */
@Service
public class Warnings {

    static final int NOTE_MIN = 2;
    static final int NOTE_MAX = 500;
    /** Rows per page of the board: more is refused (422 on size), never clamped. */
    static final int SIZE_MAX = 100;

    /** A page of the board. */
    public record Board(List<Warning> items, long total, int page, int size) {
    }

    /** A warning with what lies behind it. */
    public record Detail(Warning warning, List<BehindFact> facts, List<NotedComplaint> filings) {
    }

    private final WarningStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Warnings(WarningStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Board board(Actor actor, boolean open, int page, int size) {
        DataScope scope = actor.require(Permission.CREDIT_VIEW);
        SqlPredicate visible = scope.regionOwned("w.region_path", "scope");
        if (size < 1 || size > SIZE_MAX) {
            throw new InvalidInput("size", "error.limit.pageSize", size, SIZE_MAX);
        }
        int p = Math.max(0, page);
        int s = size;
        return new Board(store.list(visible, open, s, p * s), store.count(visible, open), p, s);
    }

    /** Open warnings in the actor's CREDIT_MANAGE scope (the home to-dos), newest first. */
    @Transactional(readOnly = true)
    public List<Warning> toAcknowledge(Actor actor, int limit) {
        if (!actor.can(Permission.CREDIT_MANAGE)) {
            return List.of();
        }
        return store.list(actor.scopeFor(Permission.CREDIT_MANAGE).regionOwned("w.region_path", "scope"), true,
                limit, 0);
    }

    @Transactional(readOnly = true)
    public Detail get(Actor actor, long id) {
        Warning w = visible(actor, id, Permission.CREDIT_VIEW);
        return new Detail(w, store.facts(w.factIds()), store.complaints(w.filingIds()));
    }

    /** Whether the actor may acknowledge this warning (for the button). */
    public boolean mayAcknowledge(Actor actor, Warning w) {
        return w.open() && actor.can(Permission.CREDIT_MANAGE)
                && actor.scopeFor(Permission.CREDIT_MANAGE).coversArea(w.regionPath());
    }

    /** Acknowledges with a note (2–500 characters); a second acknowledgement or a stale version is refused (422). */
    @Transactional
    public Warning acknowledge(Actor actor, long id, String note, Integer version) {
        actor.require(Permission.CREDIT_MANAGE);
        Warning w = visible(actor, id, Permission.CREDIT_MANAGE);
        String text = note == null ? "" : note.strip();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!w.open()) {
            problems.add("note", "credit.alerts.warning.error.acknowledged");
        } else if (text.length() < NOTE_MIN || text.length() > NOTE_MAX) {
            problems.add("note", "credit.alerts.warning.error.note", text.length(), NOTE_MIN, NOTE_MAX);
        }
        problems.throwIfAny();
        int expected = version == null ? w.version() : version;
        if (!store.acknowledge(id, expected, actor.username(), text, clock.instant())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        events.publishEvent(AuditableChange.updated(actor, "credit_warning", id, w.summary(),
                Map.of("acknowledged", false), Map.of("acknowledged", true, "note", text)));
        return store.find(id).orElseThrow();
    }

    private Warning visible(Actor actor, long id, Permission permission) {
        DataScope scope = actor.require(permission);
        return store.find(id).filter(w -> scope.coversArea(w.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("warning", id));
    }
}
