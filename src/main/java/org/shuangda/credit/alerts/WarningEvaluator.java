package org.shuangda.credit.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shuangda.complaints.FilingReceived;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFactRecorded;
import org.shuangda.credit.RiskGradeChanged;
import org.shuangda.credit.record.Restoration;
import org.shuangda.credit.record.RestorationStatus;
import org.shuangda.credit.record.Restorations;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.organization.Region;
import org.shuangda.organization.Regions;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises warnings: when a filing is received (complaints about its entity, its category in its place, its place),
 * when a failed sample is recorded, when a grade changes, and every day for all of them plus the display periods
 * ending soon. Each warning is raised once: a unique key per trigger, and no second warning of a kind for the same
 * subject while one raised within the rule's window exists; the daily job runs under a transaction-scoped
 * advisory lock so two instances never evaluate at once. Warnings are written in Chinese (the offices' language),
 * as the system ("信用预警"), audited.
 */
@Component
public class WarningEvaluator {

    static final Actor JOB = Actor.system("信用预警");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** How far back a grade warning points at the entity's negative facts. */
    private static final int GRADE_FACTS_MONTHS = 36;

    private final WarningStore store;
    private final WarningRules rules;
    private final ListedEntityAlerts resolver;
    private final MarketEntities entities;
    private final Regions regions;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Restorations restorations;

    WarningEvaluator(WarningStore store, WarningRules rules, ListedEntityAlerts resolver, MarketEntities entities,
            Regions regions, MessageSource messages, ApplicationEventPublisher events, Clock clock,
            Restorations restorations) {
        this.restorations = restorations;
        this.store = store;
        this.rules = rules;
        this.resolver = resolver;
        this.entities = entities;
        this.regions = regions;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(FilingReceived received) {
        received(received);
    }

    @ApplicationModuleListener
    void on(CreditFactRecorded recorded) {
        if (recorded.kind() == CreditFactKind.SAMPLE_FAILED) {
            samples(recorded.entityId(), rules.all(), clock.instant());
        }
    }

    @ApplicationModuleListener
    void on(RiskGradeChanged changed) {
        gradeChanged(changed);
    }

    /** Notes a received filing (once) and evaluates the complaint triggers it touches; how many warnings rose. */
    @Transactional
    public int received(FilingReceived f) {
        Long entityId = resolver.resolve(f.targetUscc(), f.targetName()).keySet().stream().findFirst().orElse(null);
        boolean noted = store.noteComplaint(new NotedComplaint(f.filingId(), f.trackingNo(), f.track().name(),
                f.category().name(), f.regionPath(), f.targetName(), entityId, f.receivedAt()), f.targetUscc());
        if (!noted || "ENQUIRY".equals(f.track().name())) {
            return 0;
        }
        List<WarningRule> all = rules.all();
        Instant now = clock.instant();
        int raised = 0;
        if (entityId != null) {
            raised += complaintsAboutEntity(entityId, f.regionPath(), all, now);
        }
        raised += complaintsOfCategory(f.category().name(), f.regionPath(), all, now);
        raised += complaintsInPlace(f.regionPath(), all, now);
        return raised;
    }

    /** A grade fell to the rule's grade or below (C or D): one warning per fall and day. */
    @Transactional
    public int gradeChanged(RiskGradeChanged g) {
        Optional<MarketEntity> entity = entity(g.entityId());
        String region = entity.flatMap(e -> regions.find(e.regionCode())).map(Region::path).orElse(null);
        if (region == null) {
            return 0;
        }
        Optional<WarningRule> rule = WarningRules.applying(rules.all(), WarningKind.GRADE_FELL, region);
        if (rule.isEmpty() || !rule.get().enabled() || rank(g.current()) < rank(rule.get().grade())
                || (g.previous() != null && rank(g.current()) <= rank(g.previous()))) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        String name = entity.get().name();
        String summary = text("GRADE_FELL", name, g.previous() == null ? "—" : g.previous(), g.current(),
                g.explanation() == null ? "" : g.explanation());
        return raise(WarningKind.GRADE_FELL, "entity:" + g.entityId(),
                (g.previous() == null ? "-" : g.previous()) + ">" + g.current() + ":" + today, g.entityId(), name,
                region, summary, store.negativeFacts(g.entityId(), today.minusMonths(GRADE_FACTS_MONTHS), 20),
                List.of(), clock.instant());
    }

    /**
     * Every trigger over everything (the daily job, {@link WarningDailyJob}): one instance at a time, under the
     * transaction-scoped advisory lock {@code credit_warning:daily} (its own name); 0 when another holds it.
     */
    @Transactional
    public int evaluateAll() {
        if (!store.tryEvaluationLock()) {
            return 0;
        }
        List<WarningRule> all = rules.all();
        Instant now = clock.instant();
        int raised = 0;
        Instant since = now.minus(Duration.ofDays(maxWindow(all, WarningKind.COMPLAINTS_ENTITY)));
        for (long entity : store.entitiesComplainedAbout(since, minThreshold(all, WarningKind.COMPLAINTS_ENTITY))) {
            List<NotedComplaint> any = store.complaintsAboutEntity(entity, since);
            raised += complaintsAboutEntity(entity, any.get(any.size() - 1).regionPath(), all, now);
        }
        since = now.minus(Duration.ofDays(maxWindow(all, WarningKind.COMPLAINTS_CATEGORY)));
        for (String[] c : store.categoriesComplainedAbout(since, minThreshold(all, WarningKind.COMPLAINTS_CATEGORY))) {
            raised += complaintsOfCategory(c[0], c[1], all, now);
        }
        since = now.minus(Duration.ofDays(maxWindow(all, WarningKind.COMPLAINTS_PLACE)));
        for (String place : store.placesComplainedAbout(since, minThreshold(all, WarningKind.COMPLAINTS_PLACE))) {
            raised += complaintsInPlace(place, all, now);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate sampleSince = today.minusDays(maxWindow(all, WarningKind.SAMPLES_FAILED));
        for (long entity : store.entitiesWithFailedSamples(sampleSince, minThreshold(all, WarningKind.SAMPLES_FAILED))) {
            raised += samples(entity, all, now);
        }
        raised += periodsEnding(all, today, now);
        raised += restorationsDue(all, today, now);
        return raised;
    }

    private int complaintsAboutEntity(long entityId, String regionPath, List<WarningRule> all, Instant now) {
        Optional<WarningRule> rule = counting(all, WarningKind.COMPLAINTS_ENTITY, regionPath);
        if (rule.isEmpty()) {
            return 0;
        }
        Instant since = now.minus(Duration.ofDays(rule.get().windowDays()));
        List<NotedComplaint> found = store.complaintsAboutEntity(entityId, since);
        if (found.size() < rule.get().threshold()) {
            return 0;
        }
        NotedComplaint last = found.get(found.size() - 1);
        String name = entity(entityId).map(MarketEntity::name).orElse(last.targetName());
        return raise(WarningKind.COMPLAINTS_ENTITY, "entity:" + entityId, "f" + found.get(0).filingId(), entityId,
                name, last.regionPath(), text("COMPLAINTS_ENTITY", name, rule.get().windowDays(), found.size(),
                        rule.get().threshold()), List.of(), ids(found), since);
    }

    private int complaintsOfCategory(String category, String regionPath, List<WarningRule> all, Instant now) {
        Optional<WarningRule> rule = counting(all, WarningKind.COMPLAINTS_CATEGORY, regionPath);
        if (rule.isEmpty()) {
            return 0;
        }
        Instant since = now.minus(Duration.ofDays(rule.get().windowDays()));
        List<NotedComplaint> found = store.complaintsOfCategory(category, regionPath, since);
        if (found.size() < rule.get().threshold()) {
            return 0;
        }
        String label = messages.getMessage("filing.category." + category, null, category, ZH);
        String place = placeName(regionPath);
        return raise(WarningKind.COMPLAINTS_CATEGORY, "category:" + category + "@" + regionPath,
                "f" + found.get(0).filingId(), null, label + " · " + place, regionPath,
                text("COMPLAINTS_CATEGORY", place, label, rule.get().windowDays(), found.size(),
                        rule.get().threshold()), List.of(), ids(found), since);
    }

    private int complaintsInPlace(String regionPath, List<WarningRule> all, Instant now) {
        Optional<WarningRule> rule = counting(all, WarningKind.COMPLAINTS_PLACE, regionPath);
        if (rule.isEmpty()) {
            return 0;
        }
        Instant since = now.minus(Duration.ofDays(rule.get().windowDays()));
        List<NotedComplaint> found = store.complaintsInPlace(regionPath, since);
        if (found.size() < rule.get().threshold()) {
            return 0;
        }
        String place = placeName(regionPath);
        return raise(WarningKind.COMPLAINTS_PLACE, "place:" + regionPath, "f" + found.get(0).filingId(), null, place,
                regionPath, text("COMPLAINTS_PLACE", place, rule.get().windowDays(), found.size(),
                        rule.get().threshold()), List.of(), ids(found), since);
    }

    private int samples(long entityId, List<WarningRule> all, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<BehindFact> any = store.failedSamples(entityId, today.minusDays(WarningRules.WINDOW_MAX));
        if (any.isEmpty()) {
            return 0;
        }
        String region = any.get(any.size() - 1).regionPath();
        Optional<WarningRule> rule = counting(all, WarningKind.SAMPLES_FAILED, region);
        if (rule.isEmpty()) {
            return 0;
        }
        LocalDate since = today.minusDays(rule.get().windowDays());
        List<BehindFact> found = any.stream().filter(f -> f.occurredOn().isAfter(since)).toList();
        if (found.size() < rule.get().threshold()) {
            return 0;
        }
        String name = entity(entityId).map(MarketEntity::name).orElse("#" + entityId);
        return raise(WarningKind.SAMPLES_FAILED, "entity:" + entityId, "s" + found.get(0).id(), entityId, name, region,
                text("SAMPLES_FAILED", name, rule.get().windowDays(), found.size(), rule.get().threshold()),
                found.stream().map(BehindFact::id).toList(), List.of(),
                since.atStartOfDay(clock.getZone()).toInstant());
    }

    private int periodsEnding(List<WarningRule> all, LocalDate today, Instant now) {
        int raised = 0;
        for (BehindFact f : store.displayEnding(today, today.plusDays(maxWindow(all, WarningKind.PERIOD_ENDING)))) {
            Optional<WarningRule> rule = WarningRules.applying(all, WarningKind.PERIOD_ENDING, f.regionPath())
                    .filter(WarningRule::enabled);
            if (rule.isEmpty() || f.publicUntil().isAfter(today.plusDays(rule.get().windowDays()))) {
                continue;
            }
            String name = entity(f.entityId()).map(MarketEntity::name).orElse("#" + f.entityId());
            raised += raise(WarningKind.PERIOD_ENDING, "fact:" + f.id(), f.publicUntil().toString(), f.entityId(),
                    name, f.regionPath(), text("PERIOD_ENDING", name, f.summary(), f.publicUntil().toString()),
                    List.of(f.id()), List.of(), now);
        }
        return raised;
    }

    /**
     * A restoration application whose acceptance or decision is due within the rule's days ahead: once per
     * application, step and due day (an extension moves the due day and warns again when that one nears).
     */
    private int restorationsDue(List<WarningRule> all, LocalDate today, Instant now) {
        int raised = 0;
        for (Restoration r : restorations.runningDueBy(today.plusDays(maxWindow(all, WarningKind.RESTORATION_DUE)))) {
            Optional<WarningRule> rule = WarningRules.applying(all, WarningKind.RESTORATION_DUE, r.regionPath())
                    .filter(WarningRule::enabled);
            boolean accepting = r.status() == RestorationStatus.SUBMITTED;
            LocalDate due = accepting ? r.acceptDue() : r.decideDue();
            if (rule.isEmpty() || due == null || due.isAfter(today.plusDays(rule.get().windowDays()))) {
                continue;
            }
            String step = messages.getMessage("credit.alerts.restorationStep." + (accepting ? "ACCEPT" : "DECIDE"),
                    null, ZH);
            raised += raise(WarningKind.RESTORATION_DUE, "restoration:" + r.id(), step + "@" + due, r.entityId(),
                    r.entityName(), r.regionPath(), text("RESTORATION_DUE", r.entityName(), r.number(), step,
                            due.toString()), List.of(r.factId()), List.of(), now);
        }
        return raised;
    }

    private int raise(WarningKind kind, String subjectKey, String trigger, Long entityId, String subject,
            String regionPath, String summary, List<Long> facts, List<Long> filings, Instant quietSince) {
        Instant now = clock.instant();
        Optional<Long> id = store.raise(new WarningStore.Raise(kind, kind + ":" + subjectKey + ":" + trigger,
                subjectKey, entityId, subject, regionPath, summary, facts, filings, now, quietSince));
        id.ifPresent(i -> events.publishEvent(AuditableChange.created(JOB, "credit_warning", i, summary,
                Map.of("kind", kind.name(), "subject", subjectKey, "facts", facts, "filings", filings))));
        return id.isPresent() ? 1 : 0;
    }

    private static Optional<WarningRule> counting(List<WarningRule> all, WarningKind kind, String regionPath) {
        return WarningRules.applying(all, kind, regionPath).filter(WarningRule::enabled);
    }

    private static int maxWindow(List<WarningRule> all, WarningKind kind) {
        return all.stream().filter(r -> r.kind() == kind && r.enabled()).mapToInt(WarningRule::windowDays).max()
                .orElse(1);
    }

    private static int minThreshold(List<WarningRule> all, WarningKind kind) {
        return all.stream().filter(r -> r.kind() == kind && r.enabled()).mapToInt(WarningRule::threshold).min()
                .orElse(Integer.MAX_VALUE);
    }

    private static List<Long> ids(List<NotedComplaint> found) {
        return found.stream().map(NotedComplaint::filingId).toList();
    }

    static int rank(String grade) {
        return grade == null ? 0 : switch (grade) {
            case "A" -> 1;
            case "B" -> 2;
            case "C" -> 3;
            case "D" -> 4;
            default -> 0;
        };
    }

    private Optional<MarketEntity> entity(long id) {
        try {
            return Optional.ofNullable(entities.get(JOB, id));
        } catch (NotFoundProblem e) {
            return Optional.empty();
        }
    }

    private String placeName(String regionPath) {
        String trimmed = regionPath.endsWith("/") ? regionPath.substring(0, regionPath.length() - 1) : regionPath;
        String code = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return regions.find(code).map(Region::name).orElse(code);
    }

    private String text(String kind, Object... args) {
        return messages.getMessage("credit.alerts.summary." + kind, args, ZH);
    }
}
