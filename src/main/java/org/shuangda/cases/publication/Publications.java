package org.shuangda.cases.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of penalty decisions: records are created when a decision is made ({@link PublicationIntake}),
 * reviewed and published by the office (PENALTY_PUBLISH within its scope), corrected or withdrawn with history.
 * The public reads only what is published, through {@link #publicPage} and {@link #publicRecord}.
 */
@Service
public class Publications {

    /** Days to publish (《市场监督管理行政处罚信息公示规定》第十条: 20 working days from the decision). */
    public static final int WORKING_DAYS_TO_PUBLISH = 20;

    /** A public record with its history. */
    public record PublicRecord(PenaltyPublication publication, List<PublicationRevision> history) {
    }

    private final PublicationStore store;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    Publications(PublicationStore store, WorkingCalendar calendar, ApplicationEventPublisher events) {
        this.store = store;
        this.calendar = calendar;
        this.events = events;
    }

    public List<PenaltyPublication> list(PublicationStatus status) {
        return store.list(Actors.scopeFor(Permission.PENALTY_PUBLISH), status);
    }

    public PublicRecord get(long id) {
        PenaltyPublication p = visible(id);
        return new PublicRecord(p, store.revisions(id));
    }

    @Transactional
    public PenaltyPublication publish(long id) {
        Actor actor = Actors.require();
        PenaltyPublication p = visible(id);
        p.requireMayPublish();
        if (!store.publish(id, p.version(), actor.username())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.revision(id, "PUBLISHED", null, p.content(), actor.username());
        events.publishEvent(AuditableChange.updated("penalty_publication", id, p.decisionNumber(),
                Map.of("status", p.status()), Map.of("status", PublicationStatus.PUBLISHED)));
        return visible(id);
    }

    @Transactional
    public PenaltyPublication correct(long id, String reason, PenaltyPublication.Content corrected) {
        Actor actor = Actors.require();
        PenaltyPublication p = visible(id);
        PenaltyPublication.Content content = strip(corrected);
        if ("PERSON".equals(p.partyKind()) && content.partyName() != null && !content.partyName().isBlank()) {
            content = new PenaltyPublication.Content(PartyMask.person(content.partyName()), content.facts(),
                    content.legalBasis(), content.penalty()); // a person stays masked whatever is typed
        }
        p.requireMayCorrect(reason, content);
        if (!store.correct(id, p.version(), content)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.revision(id, "CORRECTED", reason.strip(), content, actor.username());
        events.publishEvent(AuditableChange.updated("penalty_publication", id, p.decisionNumber(),
                fields(p.content()), fields(content)));
        return visible(id);
    }

    @Transactional
    public PenaltyPublication withdraw(long id, String reason) {
        Actor actor = Actors.require();
        PenaltyPublication p = visible(id);
        p.requireMayWithdraw(reason);
        if (!store.withdraw(id, p.version())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.revision(id, "WITHDRAWN", reason.strip(), p.content(), actor.username());
        events.publishEvent(AuditableChange.updated("penalty_publication", id, p.decisionNumber(),
                Map.of("status", p.status()), Map.of("status", PublicationStatus.WITHDRAWN, "reason", reason.strip())));
        return visible(id);
    }

    /** The public list: published and withdrawn records, newest decision first, searchable. */
    public PublicationPage publicPage(String query, int page, int size) {
        return store.published(query, Math.max(0, page), Math.min(Math.max(size, 1), 100));
    }

    public PublicRecord publicRecord(long id) {
        PenaltyPublication p = store.findPublished(id).orElseThrow(() -> new NotFoundProblem("penalty", id));
        return new PublicRecord(p, store.revisions(id));
    }

    /** The due day for a decision made on {@code decidedOn}. */
    public LocalDate dueFor(LocalDate decidedOn) {
        return calendar.addWorkingDays(decidedOn, WORKING_DAYS_TO_PUBLISH);
    }

    public LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }

    private PenaltyPublication visible(long id) {
        DataScope scope = Actors.scopeFor(Permission.PENALTY_PUBLISH);
        return store.find(scope, id).orElseThrow(() -> new NotFoundProblem("publication", id));
    }

    private static PenaltyPublication.Content strip(PenaltyPublication.Content c) {
        return new PenaltyPublication.Content(s(c.partyName()), s(c.facts()), s(c.legalBasis()), s(c.penalty()));
    }

    private static String s(String v) {
        return v == null ? null : v.strip();
    }

    private static Map<String, Object> fields(PenaltyPublication.Content c) {
        return Map.of("partyName", c.partyName(), "facts", c.facts(), "legalBasis", c.legalBasis(),
                "penalty", c.penalty());
    }
}
