package org.shuangda.reporting.rounds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.SubmissionAction;
import org.shuangda.reporting.SubmissionStatus;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.expression.ExpressionParser;
import org.shuangda.reporting.templates.EnteredValues;
import org.shuangda.reporting.templates.RuleCheck;
import org.shuangda.reporting.templates.RuleWords;
import org.shuangda.reporting.templates.TemplateStore;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotificationSender;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions: a unit's reporter ({@code REPORT_SUBMIT} over the unit) fills and submits; an office
 * ({@code REPORT_REVIEW} over the unit) returns with a reason or accepts ({@link SubmissionAction}). A
 * submission outside the actor's scope answers 404. Every change is audited with the changed values; a
 * refused change writes nothing.
 */
@Service
public class Submissions {

    private final SubmissionStore store;
    private final RoundService rounds;
    private final TemplateStore templates;
    private final ApplicationEventPublisher events;
    private final RecordFigures recordFigures;
    private final Clock clock;
    private final NotificationSender notifications;
    private final MessageSource messages;

    Submissions(SubmissionStore store, RoundService rounds, TemplateStore templates, ApplicationEventPublisher events,
            RecordFigures recordFigures, Clock clock, NotificationSender notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
        this.store = store;
        this.rounds = rounds;
        this.templates = templates;
        this.events = events;
        this.recordFigures = recordFigures;
        this.clock = clock;
    }

    /**
     * The actor's own unit's submission to a round as lists show it (the round list's 状态, the home page).
     *
     * @param returnedReason the office's reason, kept after a resubmission: read it only while {@code RETURNED}
     */
    public record Mine(long id, SubmissionStatus status, String returnedReason, LocalDateTime submittedAt) {

        public boolean returned() {
            return status == SubmissionStatus.RETURNED;
        }
    }

    /** My unit's submissions to these rounds (which I may see), by round id; a round not started is absent. */
    public Map<Long, Mine> mine(Actor actor, Collection<Long> roundIds) {
        return store.ofUnit(actor.unitId(), roundIds);
    }

    public Submission get(Actor actor, long id) {
        return view(row(id, ReportingAccess.readScope(actor)));
    }

    /** The actor's own unit's submission for a round, created as a draft on first use. */
    @Transactional
    public Submission openForMyUnit(Actor actor, long roundId) {
        DataScope scope = actor.require(Permission.REPORT_SUBMIT);
        Round round = rounds.visible(actor, roundId);
        if (!rounds.expects(round, actor.unitRegionPath())) {
            throw new InvalidInput("round", "reporting.round.notExpected");
        }
        var existing = store.idFor(round.id(), actor.unitId());
        if (existing.isPresent()) {
            return view(row(existing.get(), scope));
        }
        long id = store.create(round.id(), actor.unitId(), SubmissionState.draft(), now());
        events.publishEvent(AuditableChange.created(actor, "report_submission", id,
                round.name() + " · " + actor.unitName(), Map.of("round", round.name(), "status", "DRAFT")));
        return view(row(id, scope));
    }

    /**
     * Replaces the figures, their breakdowns by category (see {@link EnteredValues}) and warning comments of a
     * draft or returned submission ({@link SubmissionAction#EDIT}).
     */
    @Transactional
    public Submission saveValues(Actor actor, long id, Map<String, ?> rawValues,
            Map<String, ? extends Map<String, ?>> rawBreakdowns, Map<String, String> comments) {
        return saveValues(actor, id, rawValues, rawBreakdowns, comments, EnteredValues.Fields.API);
    }

    /** As above, naming each problem by {@code fields} (an uploaded workbook names its cells: D7). */
    @Transactional
    public Submission saveValues(Actor actor, long id, Map<String, ?> rawValues,
            Map<String, ? extends Map<String, ?>> rawBreakdowns, Map<String, String> comments,
            EnteredValues.Fields fields) {
        SubmissionStore.Row row = writable(actor, id);
        Template template = templates.load(rounds.load(row.roundId()).templateId());
        EnteredValues values = EnteredValues.parse(template, rawValues == null ? Map.of() : rawValues,
                rawBreakdowns == null ? Map.of() : rawBreakdowns, fields);
        Map<String, Object> before = auditMap(template, store.values(id), store.breakdowns(id, template),
                store.comments(id));
        store.replaceValues(id, template, values);
        store.replaceComments(id, template, comments == null ? Map.of() : comments);
        store.touch(id, now());
        AuditableChange change = AuditableChange.updated(actor, "report_submission", id, summary(row), before,
                auditMap(template, values.totals(), values.breakdowns(), store.comments(id)));
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        return view(store.find(id).orElseThrow());
    }

    /**
     * Takes a step of the submission's lifecycle: {@code reason} is the return's (required there, else ignored).
     * Figures are saved with {@link #saveValues}.
     */
    @Transactional
    public Submission act(Actor actor, long id, SubmissionAction action, String reason) {
        return switch (action) {
            case SUBMIT -> submit(actor, id);
            case RETURN -> returnWith(actor, id, reason);
            case ACCEPT -> accept(actor, id);
            case EDIT -> throw new IllegalArgumentException("figures are saved with saveValues");
        };
    }

    /** Refused with every broken rule while errors or uncommented warnings remain. */
    private Submission submit(Actor actor, long id) {
        SubmissionStore.Row row = writable(actor, id);
        Round round = rounds.load(row.roundId());
        requirePasses(templates.load(round.templateId()), store.values(id), store.comments(id));
        return transition(actor, row, s -> s.submit(now(), round.onTimeUntil()));
    }

    private Submission returnWith(Actor actor, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "reporting.return.reason");
        }
        SubmissionStore.Row row = row(id, actor.require(SubmissionAction.RETURN.permission()));
        Submission returned = transition(actor, row, s -> s.returnWith(reason));
        tellReturned(actor, row, reason.strip());
        return returned;
    }

    /** The unit's reporters get a message: which round, why, and a link to the submission (message centre). */
    private void tellReturned(Actor actor, SubmissionStore.Row row, String reason) {
        Round round = rounds.load(row.roundId());
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        notifications.deliver(new NotificationSender.Notification(row.unitId(), row.unitName(),
                "SUBMISSION_RETURNED", messages.getMessage("inbox.returned.subject", new Object[] {round.name()}, zh),
                messages.getMessage("inbox.returned.body", new Object[] {row.unitName(), round.name(), reason}, zh),
                "/reporting/submissions/" + row.id(), Permission.REPORT_SUBMIT,
                actor.isSystem() ? null : actor.username()));
    }

    private Submission accept(Actor actor, long id) {
        SubmissionStore.Row row = row(id, actor.require(SubmissionAction.ACCEPT.permission()));
        return transition(actor, row, s -> s.accept(now(), actor.username()));
    }

    /** The figures pass the template's rules: no broken error, a comment for every broken warning. */
    static void requirePasses(Template template, Map<String, BigDecimal> values, Map<String, String> comments) {
        RuleCheck.Outcome outcome = RuleCheck.check(template, values, comments);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, BigDecimal> all = figures(template, values, outcome);
        outcome.errors().forEach(v -> problems.add("rules." + v.rule().code(), "reporting.rule.broken",
                RuleWords.message(v.rule(), locale), RuleWords.figures(template, v.rule(), all, locale)));
        outcome.uncommentedWarnings().forEach(v -> problems.add("comments." + v.rule().code(),
                "reporting.rule.needsComment", RuleWords.message(v.rule(), locale),
                RuleWords.figures(template, v.rule(), all, locale)));
        problems.throwIfAny();
    }

    private Submission transition(Actor actor, SubmissionStore.Row row, UnaryOperator<SubmissionState> change) {
        SubmissionState next;
        try {
            next = change.apply(row.state());
        } catch (SubmissionState.IllegalTransition e) {
            throw e.action().refused();
        }
        if (!store.saveState(row.id(), row.version(), next, now())) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        // regional totals and completeness counts follow in this transaction
        events.publishEvent(new SubmissionTransitioned(row.id(), row.state(), next));
        events.publishEvent(AuditableChange.updated(actor, "report_submission", row.id(), summary(row),
                stateMap(row.state()), stateMap(next)));
        return view(store.find(row.id()).orElseThrow());
    }

    /**
     * A submission the actor may change (and so submit) as its unit's reporter: in scope, still editable, and
     * the round still open to the unit.
     */
    private SubmissionStore.Row writable(Actor actor, long id) {
        SubmissionStore.Row row = row(id, actor.require(SubmissionAction.EDIT.permission()));
        if (!SubmissionAction.EDIT.possibleIn(row.state().status())) {
            throw SubmissionAction.EDIT.refused();
        }
        if (rounds.lockedFor(rounds.load(row.roundId()), row.unitId())) {
            throw new InvalidInput("round", "reporting.round.locked");
        }
        return row;
    }

    private SubmissionStore.Row row(long id, DataScope scope) {
        return store.find(id).filter(r -> scope.coversUnit(r.unitPath(), r.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("submission", id));
    }

    private Submission view(SubmissionStore.Row row) {
        Round round = rounds.load(row.roundId());
        Template template = templates.load(round.templateId());
        Map<String, BigDecimal> values = store.values(row.id());
        Map<String, String> comments = store.comments(row.id());
        RuleCheck.Outcome outcome = RuleCheck.check(template, values, comments);
        Locale locale = LocaleContextHolder.getLocale();
        return new Submission(row.id(), row.roundId(), row.unitId(), row.unitName(), row.state(), values, comments,
                findings(template, outcome.errors(), figures(template, values, outcome), locale),
                findings(template, outcome.warnings(), figures(template, values, outcome), locale),
                outcome.derived(), rounds.lockedFor(round, row.unitId()), row.version(),
                store.breakdowns(row.id(), template), recordFigures.offers(round, template, row.unitId(), values, locale));
    }

    /** Entered figures (0 when not entered, as the rules count them) and the derived ones, by code. */
    private static Map<String, BigDecimal> figures(Template template, Map<String, BigDecimal> values,
            RuleCheck.Outcome outcome) {
        Map<String, BigDecimal> all = new java.util.HashMap<>();
        template.entered().forEach(i -> all.put(i.code(), values.getOrDefault(i.code(), BigDecimal.ZERO)));
        all.putAll(outcome.derived());
        return all;
    }

    private static List<Submission.Finding> findings(Template template, List<RuleCheck.Violation> violations,
            Map<String, BigDecimal> figures, Locale locale) {
        return violations.stream().map(v -> new Submission.Finding(v.rule().code(), v.rule().expression(),
                RuleWords.message(v.rule(), locale) + ("en".equals(locale.getLanguage()) ? ": " : "：")
                        + RuleWords.figures(template, v.rule(), figures, locale), v.commented(), List.copyOf(ExpressionParser.parseRule(v.rule().expression(),
                        template.codes()).variables()))).toList();
    }

    /** Indicator names with values, and rule comments, as the audit trail shows them. */
    static Map<String, Object> auditMap(Template template, Map<String, BigDecimal> values,
            Map<String, Map<String, BigDecimal>> breakdowns, Map<String, String> comments) {
        Map<String, Object> map = new LinkedHashMap<>();
        template.entered().forEach(i -> {
            map.put(i.code(), plain(values.get(i.code())));
            Map<String, BigDecimal> categories = breakdowns.getOrDefault(i.code(), Map.of());
            i.breakdowns().forEach(label -> map.put(i.code() + "." + label, plain(categories.get(label))));
        });
        template.rules().forEach(r -> map.put("comment." + r.code(), comments.get(r.code())));
        return map;
    }

    private static Map<String, Object> stateMap(SubmissionState state) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", state.status().name());
        map.put("returnedReason", state.returnedReason());
        return map;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String summary(SubmissionStore.Row row) {
        return row.unitName() + " · round " + row.roundId();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
