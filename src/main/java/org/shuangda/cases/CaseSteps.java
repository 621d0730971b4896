package org.shuangda.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How every step reaches the database, for the services: load the case for the step's permission, let the
 * aggregate's guarded method change it, store it (refused if somebody changed it meanwhile), write the lines it
 * recorded on the timeline as the actor, publish its domain events and the audit entry.
 */
@Component
class CaseSteps {

    private final CaseAccess access;
    private final CaseStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseSteps(CaseAccess access, CaseStore store, Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    /** {@code step} on the case, by an actor who needs {@code action}'s permission over its unit. */
    CaseView take(Actor actor, long caseId, CaseAction action, Consumer<EnforcementCase> step) {
        EnforcementCase c = access.forChange(actor, caseId, action.permission());
        if (action.permission() == org.shuangda.shared.Permission.CASE_APPROVE
                && store.isOfficerOf(caseId, actor.userId())) {
            throw new CaseTransitionRefused("case.refused.ownCase");
        }
        return apply(actor, c, step);
    }

    /** {@code step} on the case for code that authorised it under its own rules (the transfer steps). */
    CaseView takeAuthorised(Actor actor, long caseId, Consumer<EnforcementCase> step) {
        return apply(actor, store.find(caseId).orElseThrow(() -> new NotFoundProblem("case", caseId)), step);
    }

    /** A new case: stored, its first timeline line written, {@link CaseRegistered} published. */
    void insert(Actor actor, EnforcementCase c) {
        store.insert(c, actor.username());
        written(actor, c);
    }

    /** The case as changed, if nobody wrote it since {@code expectedVersion} (else 422 on {@code version}). */
    void save(Actor actor, EnforcementCase c, int expectedVersion) {
        if (!store.update(c, expectedVersion)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        written(actor, c);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    /** The instant now, for timestamptz columns. */
    java.time.OffsetDateTime nowInstant() {
        return java.time.OffsetDateTime.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private CaseView apply(Actor actor, EnforcementCase c, Consumer<EnforcementCase> step) {
        CaseStatus before = c.status();
        step.accept(c);
        save(actor, c, c.version());
        String texts = c.lines().stream().map(EnforcementCase.Line::text).collect(Collectors.joining("；"));
        events.publishEvent(AuditableChange.updated(actor, "case", c.id(), c.number(), Map.of("status", before),
                Map.of("status", c.status(), "step", texts)));
        return store.view(c.id()).orElseThrow();
    }

    private void written(Actor actor, EnforcementCase c) {
        store.appendTimeline(c.id(), c.lines(), actor.displayName());
        c.events().forEach(events::publishEvent);
    }
}
