package org.shuangda.cases.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.RuleKeys;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of penalty decisions: records are opened when a decision is made ({@link PublicationIntake}),
 * reviewed and published by the office (PENALTY_PUBLISH within its scope), corrected or withdrawn with history,
 * and their due day moves when the calendar changes ({@link PublicationDueDates}). The public reads only what
 * is published, through {@link #publicPage} and {@link #publicRecord}.
 */
@Service
public class Publications {


    /** A record with its public history. */
    public record PublicRecord(PenaltyPublication publication, List<PublicationRevision> history) {
    }

    /** A record as the office reads it, with its history. */
    public record OfficeRecord(PublicationView view, List<PublicationRevision> history) {
    }

    private static final String AUDIT_TYPE = "penalty_publication";

    private final Rulebook rulebook;
    private final PublicationStore store;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Publications(PublicationStore store, WorkingCalendar calendar, Clock clock, ApplicationEventPublisher events,
            Rulebook rulebook) {
        this.rulebook = rulebook;
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    public List<PublicationView> list(Actor actor, PublicationStatus status) {
        return store.list(actor.require(Permission.PENALTY_PUBLISH), status);
    }

    public OfficeRecord get(Actor actor, long id) {
        return new OfficeRecord(visible(actor, id), store.revisions(id));
    }

    @Transactional
    public PublicationView publish(Actor actor, long id) {
        PenaltyPublication p = visible(actor, id).publication();
        PenaltyPublication published = p.published(clock.instant(), actor.username());
        save(actor, p, published, "PUBLISHED", null);
        events.publishEvent(AuditableChange.updated(actor, AUDIT_TYPE, id, p.decisionNumber(),
                Map.of("status", p.status()), Map.of("status", published.status())));
        return visible(actor, id);
    }

    @Transactional
    public PublicationView correct(Actor actor, long id, String reason, PenaltyPublication.Content text) {
        PenaltyPublication p = visible(actor, id).publication();
        PenaltyPublication corrected = p.corrected(reason, text);
        save(actor, p, corrected, "CORRECTED", reason.strip());
        events.publishEvent(AuditableChange.updated(actor, AUDIT_TYPE, id, p.decisionNumber(), fields(p.content()),
                fields(corrected.content())));
        return visible(actor, id);
    }

    @Transactional
    public PublicationView withdraw(Actor actor, long id, String reason) {
        PenaltyPublication p = visible(actor, id).publication();
        PenaltyPublication withdrawn = p.withdrawn(reason);
        save(actor, p, withdrawn, "WITHDRAWN", reason.strip());
        events.publishEvent(AuditableChange.updated(actor, AUDIT_TYPE, id, p.decisionNumber(),
                Map.of("status", p.status()), Map.of("status", withdrawn.status(), "reason", reason.strip())));
        return visible(actor, id);
    }

    /**
     * Opens the record to publish for a decision, once per case ({@link PenaltyPublication#pending}, due
     * {@link #dueFor} the decision day); {@code actor} is the system acting on the decision.
     */
    @Transactional
    public void open(Actor actor, PenaltyPublication pending) {
        if (store.existsForCase(pending.caseId())) {
            return;
        }
        long id = store.insert(pending);
        Map<String, Object> fields = new LinkedHashMap<>(fields(pending.content()));
        fields.put("caseId", pending.caseId());
        fields.put("dueOn", pending.dueOn());
        events.publishEvent(AuditableChange.created(actor, AUDIT_TYPE, id, pending.decisionNumber(), fields));
    }

    /**
     * Computes again the due day of the pending records whose period holds {@code changed}, after the calendar
     * changed there; returns how many moved. A record published meanwhile is left alone.
     */
    @Transactional
    public int redate(Actor actor, LocalDate changed) {
        int moved = 0;
        for (PenaltyPublication p : store.pendingCovering(changed)) {
            LocalDate due = dueFor(p.decidedOn());
            if (!due.equals(p.dueOn()) && store.update(p.redated(due), p.version())) {
                events.publishEvent(AuditableChange.updated(actor, AUDIT_TYPE, p.id(), p.decisionNumber(),
                        Map.of("dueOn", p.dueOn()), Map.of("dueOn", due)));
                moved++;
            }
        }
        return moved;
    }

    /**
     * The public list: published and withdrawn records within their display period, newest decision first,
     * searchable.
     */
    public PublicationPage publicPage(String query, int page, int size) {
        return store.published(query, Math.max(0, page), Math.min(Math.max(size, 1), 100), shownSince(today()));
    }

    /** One record on the public site; 404 once its display period is over. */
    public PublicRecord publicRecord(long id) {
        PenaltyPublication p = store.findPublished(id, shownSince(today()))
                .orElseThrow(() -> new NotFoundProblem("penalty", id));
        return new PublicRecord(p, store.revisions(id));
    }

    /**
     * The first instant of publication still shown on {@code today}: a record is shown from its publication for
     * the rulebook's {@code publication.display} in force today (《市场监督管理行政处罚信息公示规定》第十四条: three
     * years), its last day the same date three years on.
     */
    Instant shownSince(LocalDate today) {
        StatutoryRule rule = rulebook.rule(RuleKeys.PUBLICATION_DISPLAY, today);
        LocalDate first = switch (rule.unit()) {
            case YEARS -> today.minusYears(rule.amount());
            case MONTHS -> today.minusMonths(rule.amount());
            default -> today.minusDays(rule.amount());
        };
        return first.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }

    /** The last day a record published at {@code publishedAt} is shown. */
    LocalDate lastDayShown(Instant publishedAt) {
        LocalDate day = publishedAt.atZone(WorkingCalendar.ZONE).toLocalDate();
        StatutoryRule rule = rulebook.rule(RuleKeys.PUBLICATION_DISPLAY, day);
        return switch (rule.unit()) {
            case YEARS -> day.plusYears(rule.amount());
            case MONTHS -> day.plusMonths(rule.amount());
            default -> day.plusDays(rule.amount());
        };
    }

    /**
     * The due day for a decision made on {@code decidedOn}: the rulebook's {@code publication.publish} in force that
     * day (《市场监督管理行政处罚信息公示规定》第十条: 20 working days).
     */
    public LocalDate dueFor(LocalDate decidedOn) {
        return Deadline.startingAt(decidedOn.atStartOfDay(),
                rulebook.rule(RuleKeys.PUBLICATION_PUBLISH, decidedOn).deadlineRule()).due(calendar).orElseThrow()
                .toLocalDate();
    }

    /** Today in Beijing, what the due days are compared with. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    /** Persists a step's result and writes the public history entry of {@code kind}. */
    private void save(Actor actor, PenaltyPublication before, PenaltyPublication after, String kind, String reason) {
        if (!store.update(after, before.version())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        store.revision(after.id(), kind, reason, after.content(), actor.username(), clock.instant());
    }

    private PublicationView visible(Actor actor, long id) {
        return store.find(actor.require(Permission.PENALTY_PUBLISH), id)
                .orElseThrow(() -> new NotFoundProblem("publication", id));
    }

    private static Map<String, Object> fields(PenaltyPublication.Content c) {
        return Map.of("partyName", c.partyName(), "facts", c.facts(), "legalBasis", c.legalBasis(),
                "penalty", c.penalty());
    }
}
