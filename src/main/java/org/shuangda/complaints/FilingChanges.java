package org.shuangda.complaints;

import java.time.LocalDateTime;
import java.util.function.BiConsumer;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Saves what a filing's steps changed, at the version it was loaded with, then publishes the domain events
 * the steps registered and the audit entry: the one way every step (staff, the cases module's answers, the
 * public's rating) ends.
 */
@Component
class FilingChanges {

    private final Filings filings;
    private final FilingStore store;
    private final FilingClocks clocks;
    private final ApplicationEventPublisher events;

    FilingChanges(Filings filings, FilingStore store, FilingClocks clocks, ApplicationEventPublisher events) {
        this.filings = filings;
        this.store = store;
        this.clocks = clocks;
        this.events = events;
    }

    /** A staff step: loads the filing {@code me} may take {@code action} on, applies it now and saves it. */
    FilingView take(Actor me, long id, FilingAction action, BiConsumer<Filing, LocalDateTime> step) {
        FilingView v = filings.forStep(me, id, action);
        step.accept(v.filing(), clocks.now());
        return save(me, v);
    }

    /** Saves the change {@code actor} made; returns the filing as saved. */
    FilingView save(Actor actor, FilingView changed) {
        Filing f = changed.filing();
        return save(changed, AuditableChange.updated(actor, "filing", f.id(), f.trackingNo(), f.auditedAsLoaded(),
                f.audited()));
    }

    /** Saves a change made on the public page: audited under the name "public", whoever is signed in. */
    FilingView saveForThePublic(FilingView changed) {
        Filing f = changed.filing();
        AuditableChange c = AuditableChange.updated(null, "filing", f.id(), f.trackingNo(), f.auditedAsLoaded(),
                f.audited());
        return save(changed, new AuditableChange(c.action(), c.objectType(), c.objectId(), c.summary(), c.before(),
                c.after(), Filing.PUBLIC, null));
    }

    private FilingView save(FilingView changed, AuditableChange audit) {
        Filing f = changed.filing();
        if (!store.update(f, f.version())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        f.events().forEach(events::publishEvent);
        events.publishEvent(audit);
        return store.find(f.id()).orElseThrow();
    }
}
