package org.shuangda.briefings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.PublicListings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通报 and stage summaries on the public portal (issue 18): the office that issues a document (REPORT_REVIEW over its
 * region) may mark an issued one public, and withdraw it again; the portal's section 工作通报 lists what is public
 * (until withdrawn) and {@code /public/briefings/{id}} shows its text. A draft is never public (422). Audited.
 */
@Service
public class PublicBriefings implements PublicListings {

    private final PublicBriefingStore store;
    private final Briefings briefings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicBriefings(PublicBriefingStore store, Briefings briefings, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.briefings = briefings;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the actor may mark this document public or withdraw it (the button on its page). */
    public boolean mayPublish(Actor actor, long id) {
        try {
            return briefings.reviews(actor, id);
        } catch (NotFoundProblem e) {
            return false;
        }
    }

    @Transactional(readOnly = true)
    public boolean isPublic(long id) {
        return store.isShown(id);
    }

    @Transactional
    public void publish(Actor actor, long id) {
        Briefing b = reviewed(actor, id);
        if (!b.issued()) {
            throw new InvalidInput("status", "briefings.public.notIssued");
        }
        if (store.publish(id, today(), actor.username())) {
            events.publishEvent(AuditableChange.updated(actor, "briefing", id, b.title(), Map.of("public", false),
                    Map.of("public", true)));
        }
    }

    @Transactional
    public void withdraw(Actor actor, long id) {
        Briefing b = reviewed(actor, id);
        if (store.withdraw(id, today(), actor.username())) {
            events.publishEvent(AuditableChange.updated(actor, "briefing", id, b.title(), Map.of("public", true),
                    Map.of("public", false)));
        }
    }

    /** A public document's text for the public page; 404 when it is not (or no longer) public. */
    @Transactional(readOnly = true)
    public PublicDocument document(long id) {
        PublicBriefingStore.Shown shown = store.find(id).orElseThrow(() -> new NotFoundProblem("briefing", id));
        return new PublicDocument(shown.id(), shown.title(), shown.docNumber(), shown.issuedOn(), shown.regionName(),
                briefings.issuedParagraphs(id));
    }

    /** A public 通报 as the public page shows it. */
    public record PublicDocument(long id, String title, String docNumber, LocalDate issuedOn, String regionName,
            List<Paragraph> paragraphs) {
    }

    @Override
    public String section() {
        return "briefings";
    }

    @Override
    public String titleCode() {
        return "briefings.public.title";
    }

    @Override
    public String path() {
        return "/public/search?section=briefings";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    @Transactional(readOnly = true)
    public Page search(Query q) {
        List<Item> items = store.shown(q.like(), q.from(), q.to(), q.regionPath(), q.offset(), q.size()).stream()
                .map(s -> new Item(section(), s.title(), null, null, s.issuedOn(), null, s.regionName(), s.docNumber(),
                        "/public/briefings/" + s.id(), null))
                .toList();
        return new Page(items, store.countShown(q.like(), q.from(), q.to(), q.regionPath()));
    }

    private Briefing reviewed(Actor actor, long id) {
        if (!briefings.reviews(actor, id)) {
            throw new NotFoundProblem("briefing", id);
        }
        return briefings.get(actor, id);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }
}
