package org.shuangda.reporting.rounds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.RoundForm;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rounds;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.shuangda.shared.SqlPredicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Rounds}, and what the submissions ask of a round: whether a unit reports into it and whether it is
 * locked for the unit today.
 */
@Service
class RoundService implements Rounds {

    private final RoundStore store;
    private final RoundValidator validator;
    private final WorkingCalendar calendar;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundService(RoundStore store, RoundValidator validator, WorkingCalendar calendar, UnitDirectory units,
            MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.calendar = calendar;
        this.units = units;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<RoundView> list(Actor actor, Long campaignId) {
        return store.list(campaignId, visibleTo(actor)).stream().map(r -> view(r, actor)).toList();
    }

    @Override
    public RoundView get(Actor actor, long id) {
        return view(visible(actor, id), actor);
    }

    @Override
    @Transactional
    public RoundView create(Actor actor, RoundForm form) {
        validator.validate(actor, form, true);
        Round round = load(store.insert(form, form.onTimeOrEndOfDue(), form.locksAfterOrDue()));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("campaignId", round.campaignId());
        fields.put("name", round.name());
        fields.put("dueOn", round.dueOn());
        fields.put("locksAfter", round.locksAfter());
        events.publishEvent(AuditableChange.created(actor, "report_round", round.id(), round.name(), fields));
        return view(round, actor);
    }

    @Override
    @Transactional
    public void reopen(Actor actor, long roundId, long unitId, LocalDate until, String reason) {
        DataScope scope = actor.require(Permission.REPORT_REVIEW);
        Round round = visible(actor, roundId);
        UnitRef unit = units.find(unitId).filter(u -> scope.coversUnit(u.path(), u.regionPath()))
                .orElseThrow(() -> new NotFoundProblem("unit", unitId));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (until == null || until.isBefore(today())) {
            problems.add("until", "reporting.reopen.until");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "error.required");
        }
        problems.throwIfAny();
        store.saveReopening(roundId, unitId, until, reason.strip(), actor.username(), OffsetDateTime.now(clock));
        events.publishEvent(AuditableChange.created(actor, "report_reopen", roundId + "/" + unitId,
                round.name() + " · " + unit.name(), Map.of("until", until, "reason", reason.strip())));
    }

    /** The round if the actor may see it (they report or review in its region), else 404. */
    Round visible(Actor actor, long id) {
        return store.find(id, visibleTo(actor)).orElseThrow(() -> new NotFoundProblem("round", id));
    }

    /** Without scope, for services that checked access to the submission. */
    Round load(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundProblem("round", id));
    }

    /** Whether units in the region at {@code unitRegionPath} report into {@code round} (it lies in the round's region). */
    boolean expects(Round round, String unitRegionPath) {
        String roundPath = store.regionPath(round.regionCode()).orElseThrow();
        return unitRegionPath != null && unitRegionPath.startsWith(roundPath);
    }

    /** Whether {@code unitId} can no longer submit to {@code round} today. */
    boolean lockedFor(Round round, long unitId) {
        return round.lockedOn(today(), store.reopenedUntil(round.id(), unitId).orElse(null));
    }

    RoundView view(Round round, Actor actor) {
        long left = calendar.workingDaysBetween(today(), round.dueOn());
        String text = left > 0 ? msg("reporting.due.left", left) : left == 0 ? msg("reporting.due.today")
                : msg("reporting.due.late", -left);
        return new RoundView(round, left, text, lockedFor(round, actor.unitId()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Rounds of a region the actor reviews or reports in: a region their read scope covers, or one their own
     * unit lies in (its units report into it).
     */
    private static SqlPredicate visibleTo(Actor actor) {
        return SqlPredicate.anyOf(ReportingAccess.readScope(actor).regionOwned("g.path", "visible"),
                new SqlPredicate(":mine like g.path || '%'", Map.of("mine", actor.unitRegionPath())));
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
