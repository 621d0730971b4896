package org.shuangda.reporting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.reporting.expression.ExpressionParser;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions: a unit's reporter ({@code REPORT_SUBMIT} over the unit) fills and submits; an office
 * ({@code REPORT_REVIEW} over the unit) returns with a reason or accepts. A submission outside the caller's
 * scope answers 404. Every change is audited with the changed values; a refused change writes nothing.
 */
@Service
public class Submissions {

    private final SubmissionStore store;
    private final Rounds rounds;
    private final Templates templates;
    private final RollupLedger ledger;
    private final ApplicationEventPublisher events;
    private final RecordFigures recordFigures;

    Submissions(SubmissionStore store, Rounds rounds, Templates templates, RollupLedger ledger,
            ApplicationEventPublisher events, RecordFigures recordFigures) {
        this.recordFigures = recordFigures;
        this.store = store;
        this.rounds = rounds;
        this.templates = templates;
        this.ledger = ledger;
        this.events = events;
    }

    public Submission get(long id) {
        return view(row(id, ReportingAccess.readScope(Actors.require())));
    }

    /** The caller's own unit's submission for a round, created as a draft on first use. */
    @Transactional
    public Submission openForMyUnit(long roundId) {
        Actor actor = Actors.require();
        DataScope scope = Actors.scopeFor(Permission.REPORT_SUBMIT);
        Round round = rounds.visible(roundId, actor);
        if (!rounds.expects(round, actor.unitRegionPath())) {
            throw new InvalidInput("round", "reporting.round.notExpected");
        }
        var existing = store.idFor(round.id(), actor.unitId());
        if (existing.isPresent()) {
            return view(row(existing.get(), scope));
        }
        long id = store.createDraft(round.id(), actor.unitId());
        events.publishEvent(AuditableChange.created("report_submission", id,
                round.name() + " · " + actor.unitName(), Map.of("round", round.name(), "status", "DRAFT")));
        return view(row(id, scope));
    }

    /** Replaces the figures (and warning comments) of a draft or returned submission. */
    @Transactional
    public Submission saveValues(long id, Map<String, ?> rawValues, Map<String, String> comments) {
        return saveValues(id, rawValues, Map.of(), comments);
    }

    /**
     * Replaces the figures, their breakdowns by category (see {@link EnteredValues}) and warning comments of a
     * draft or returned submission.
     */
    @Transactional
    public Submission saveValues(long id, Map<String, ?> rawValues, Map<String, ? extends Map<String, ?>> rawBreakdowns,
            Map<String, String> comments) {
        return save(id, template -> EnteredValues.parse(template, rawValues == null ? Map.of() : rawValues,
                rawBreakdowns == null ? Map.of() : rawBreakdowns), comments);
    }

    /** Saves what {@code parse} makes of the input against the round's template (the workbook names cells). */
    @Transactional
    Submission save(long id, java.util.function.Function<Template, EnteredValues> parse,
            Map<String, String> comments) {
        SubmissionStore.Row row = writable(id);
        Template template = templates.load(rounds.load(row.roundId()).templateId());
        EnteredValues values = parse.apply(template);
        Map<String, BigDecimal> before = store.values(id);
        Map<String, Map<String, BigDecimal>> breakdownsBefore = store.breakdowns(id, template);
        Map<String, String> commentsBefore = store.comments(id);
        store.replaceValues(id, template, values);
        store.replaceComments(id, template, comments == null ? Map.of() : comments);
        store.touch(id);
        AuditableChange change = AuditableChange.updated("report_submission", id, summary(row),
                auditMap(template, before, breakdownsBefore, commentsBefore),
                auditMap(template, values.totals(), values.breakdowns(), store.comments(id)));
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        return view(store.find(id).orElseThrow());
    }

    /** Draft or returned → submitted; refused with every broken rule while errors or uncommented warnings remain. */
    @Transactional
    public Submission submit(long id) {
        SubmissionStore.Row row = writable(id);
        Round round = rounds.load(row.roundId());
        Template template = templates.load(round.templateId());
        RuleCheck.Outcome outcome = RuleCheck.check(template, store.values(id), store.comments(id));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Locale locale = LocaleContextHolder.getLocale();
        outcome.errors().forEach(v -> problems.add("rules." + v.rule().code(), "reporting.rule.broken",
                v.rule().message(locale), v.rule().expression()));
        outcome.uncommentedWarnings().forEach(v -> problems.add("comments." + v.rule().code(),
                "reporting.rule.needsComment", v.rule().message(locale), v.rule().expression()));
        problems.throwIfAny();
        return transition(row, s -> s.submit(now(), round.onTimeUntil()));
    }

    @Transactional
    public Submission returnWith(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "reporting.return.reason");
        }
        SubmissionStore.Row row = row(id, Actors.scopeFor(Permission.REPORT_REVIEW));
        return transition(row, s -> s.returnWith(reason));
    }

    @Transactional
    public Submission accept(long id) {
        SubmissionStore.Row row = row(id, Actors.scopeFor(Permission.REPORT_REVIEW));
        return transition(row, s -> s.accept(now(), Actors.require().username()));
    }

    private Submission transition(SubmissionStore.Row row, UnaryOperator<SubmissionState> change) {
        SubmissionState next;
        try {
            next = change.apply(row.state());
        } catch (SubmissionState.IllegalTransition e) {
            throw new InvalidInput("status", "reporting.transition." + e.action());
        }
        if (!store.saveState(row.id(), row.version(), next)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        ledger.post(row.id(), row.state(), next); // regional totals and completeness counts, same transaction
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", row.state().status().name());
        before.put("returnedReason", row.state().returnedReason());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", next.status().name());
        after.put("returnedReason", next.returnedReason());
        events.publishEvent(AuditableChange.updated("report_submission", row.id(), summary(row), before, after));
        return view(store.find(row.id()).orElseThrow());
    }

    /** A submission the caller may change as its unit's reporter, in an open round, still editable. */
    private SubmissionStore.Row writable(long id) {
        SubmissionStore.Row row = row(id, Actors.scopeFor(Permission.REPORT_SUBMIT));
        if (!row.state().status().editable()) {
            throw new InvalidInput("status", "reporting.transition.edit");
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
                findings(template, outcome.errors(), locale), findings(template, outcome.warnings(), locale), outcome.derived(),
                rounds.lockedFor(round, row.unitId()), row.version(), store.breakdowns(row.id(), template),
                recordFigures.offers(round, template, row.unitId(), values, locale));
    }

    private static List<Submission.Finding> findings(Template template, List<RuleCheck.Violation> violations,
            Locale locale) {
        return violations.stream().map(v -> new Submission.Finding(v.rule().code(), v.rule().expression(),
                v.rule().message(locale), v.commented(), List.copyOf(ExpressionParser.parseRule(v.rule().expression(),
                        template.codes()).variables()))).toList();
    }

    /** Indicator names with values, and rule comments, as the audit trail shows them. */
    private static Map<String, Object> auditMap(Template template, Map<String, BigDecimal> values,
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

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String summary(SubmissionStore.Row row) {
        return row.unitName() + " · round " + row.roundId();
    }

    static LocalDateTime now() {
        return LocalDateTime.now(WorkingCalendar.ZONE);
    }
}
