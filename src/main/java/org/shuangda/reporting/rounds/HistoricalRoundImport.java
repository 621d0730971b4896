package org.shuangda.reporting.rounds;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuangda.reporting.HistoricalSubmission;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.RoundForm;
import org.shuangda.reporting.RoundImport;
import org.shuangda.reporting.SubmissionStatus;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.templates.EnteredValues;
import org.shuangda.reporting.templates.TemplateStore;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RoundImport}. Each submission is created as a draft and brought to its final state by the same
 * transitions a person would take, at the times given ({@link SubmissionState}), so an import cannot produce
 * a state the lifecycle forbids; problems are named {@code submissions[n].…} and nothing is stored then.
 */
@Service
class HistoricalRoundImport implements RoundImport {

    /** Marks the audited rows as brought in, not entered. */
    private static final String HISTORICAL = "（历史数据）";

    private final RoundValidator validator;
    private final RoundStore rounds;
    private final RoundUnitsStore progress;
    private final SubmissionStore submissions;
    private final TemplateStore templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HistoricalRoundImport(RoundValidator validator, RoundStore rounds, RoundUnitsStore progress,
            SubmissionStore submissions, TemplateStore templates, ApplicationEventPublisher events, Clock clock) {
        this.validator = validator;
        this.rounds = rounds;
        this.progress = progress;
        this.submissions = submissions;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<ExpectedUnit> expectedUnits(Actor actor, String regionCode) {
        DataScope scope = actor.require(Permission.REPORT_REVIEW);
        return progress.expected(regionCode, scope.unitOwned("u.path", "u.region_path"));
    }

    @Override
    @Transactional
    public Round importHistorical(Actor actor, RoundForm form, List<HistoricalSubmission> entries) {
        DataScope scope = actor.require(Permission.REPORT_REVIEW);
        validator.validate(actor, form, false);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!form.locksAfterOrDue().isBefore(now.toLocalDate())) {
            throw new InvalidInput("locksAfter", "reporting.import.notHistorical");
        }
        Template template = templates.load(form.templateId());
        Set<Long> expected = new HashSet<>();
        progress.expected(form.regionCode(), scope.unitOwned("u.path", "u.region_path"))
                .forEach(u -> expected.add(u.id()));
        long roundId = rounds.insert(form, form.onTimeOrEndOfDue(), form.locksAfterOrDue());
        Round round = rounds.find(roundId).orElseThrow();
        events.publishEvent(AuditableChange.created(actor, "report_round", roundId, round.name() + HISTORICAL,
                Map.of("campaign", round.campaignId(), "period", round.periodFrom() + "–" + round.periodTo(),
                        "dueOn", round.dueOn())));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Set<Long> seen = new HashSet<>();
        for (int n = 0; n < entries.size(); n++) {
            HistoricalSubmission entry = entries.get(n);
            String field = "submissions[" + n + "]";
            if (!expected.contains(entry.unitId()) || !seen.add(entry.unitId())) {
                problems.add(field + ".unitId", "reporting.import.unit", entry.unitId());
                continue;
            }
            try {
                importOne(actor, round, template, entry, now);
            } catch (InvalidInput e) {
                e.problems().forEach(p -> problems.add(field + "." + p.field(), p.reason(), p.args()));
            }
        }
        problems.throwIfAny(); // the transaction rolls back: nothing of the round is kept
        return round;
    }

    private void importOne(Actor actor, Round round, Template template, HistoricalSubmission entry, LocalDateTime now) {
        EnteredValues values = EnteredValues.parse(template, entry.values(), entry.breakdowns());
        SubmissionState state = finalState(entry, round, now);
        if (state.status() != SubmissionStatus.DRAFT) {
            Submissions.requirePasses(template, values.totals(), entry.comments());
        }
        long id = submissions.create(round.id(), entry.unitId(), SubmissionState.draft(), now);
        submissions.replaceValues(id, template, values);
        submissions.replaceComments(id, template, entry.comments());
        submissions.saveState(id, 0, state, now);
        events.publishEvent(new SubmissionTransitioned(id, SubmissionState.draft(), state));
        Map<String, Object> audited = new LinkedHashMap<>(Submissions.auditMap(template, values.totals(),
                values.breakdowns(), submissions.comments(id)));
        audited.put("status", state.status().name());
        audited.put("onTime", state.onTime());
        String unit = submissions.find(id).orElseThrow().unitName();
        events.publishEvent(AuditableChange.created(actor, "report_submission", id,
                round.name() + " · " + unit + HISTORICAL, audited));
    }

    /** The entry's state, reached from a draft by the lifecycle's own steps, at the times given. */
    private static SubmissionState finalState(HistoricalSubmission entry, Round round, LocalDateTime now) {
        SubmissionState state = SubmissionState.draft();
        if (entry.status() == null) {
            throw new InvalidInput("status", "error.required");
        }
        if (entry.status() == SubmissionStatus.DRAFT) {
            return state;
        }
        LocalDateTime submitted = requirePast("submittedAt", entry.submittedAt(), now);
        state = state.submit(submitted, round.onTimeUntil());
        try {
            return switch (entry.status()) {
                case SUBMITTED, DRAFT -> state;
                case RETURNED -> state.returnWith(entry.returnedReason());
                case ACCEPTED -> {
                    LocalDateTime accepted = requirePast("acceptedAt", entry.acceptedAt(), now);
                    if (accepted.isBefore(submitted) || entry.acceptedBy() == null || entry.acceptedBy().isBlank()) {
                        throw new InvalidInput("acceptedAt", "reporting.import.accepted");
                    }
                    yield state.accept(accepted, entry.acceptedBy().strip());
                }
            };
        } catch (IllegalArgumentException noReason) {
            throw new InvalidInput("returnedReason", "reporting.return.reason");
        }
    }

    private static LocalDateTime requirePast(String field, LocalDateTime at, LocalDateTime now) {
        if (at == null || at.isAfter(now)) {
            throw new InvalidInput(field, "reporting.import.time");
        }
        return at;
    }
}
