package org.shuangda.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting rounds. A round is visible to whoever reports or reviews in its region: units below it (they
 * report into it) and offices above or in it. Opening and reopening rounds needs {@code REPORT_REVIEW}
 * over the region (for a reopening: over the unit).
 */
@Service
public class Rounds {

    static final String SELECT = """
            select o.id, o.campaign_id, o.template_id, o.region_code, g.name as region_name, o.seq, o.name,
                   o.period_from, o.period_to, o.due_on, o.on_time_until, o.locks_after, g.path as region_path
              from report_round o join region g on g.code = o.region_code
            """;
    static final String VISIBLE = " (:all or g.path like any(:area) or :mine like g.path || '%') ";

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    private final Campaigns campaigns;

    Rounds(JdbcClient jdbc, WorkingCalendar calendar, UnitDirectory units, MessageSource messages,
            ApplicationEventPublisher events, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.calendar = calendar;
        this.units = units;
        this.messages = messages;
        this.events = events;
    }

    /** The campaign exists and the office may see it (the campaigns module decides, with its scope). */
    private boolean campaignVisible(long campaignId) {
        try {
            campaigns.get(Actors.require(), campaignId);
            return true;
        } catch (org.shuangda.shared.NotFoundProblem | org.shuangda.shared.AccessDeniedProblem e) {
            return false;
        }
    }

    public List<RoundView> list(Long campaignId) {
        Actor actor = Actors.require();
        DataScope scope = ReportingAccess.readScope(actor);
        return jdbc.sql(SELECT + " where (cast(:campaign as bigint) is null or o.campaign_id = :campaign) and "
                        + VISIBLE + " order by o.campaign_id, o.seq")
                .param("campaign", campaignId).param("all", scope.all()).param("area", scope.areaPatternArray())
                .param("mine", actor.unitRegionPath()).query(Rounds::round).list()
                .stream().map(r -> view(r, actor)).toList();
    }

    public RoundView get(long id) {
        Actor actor = Actors.require();
        return view(visible(id, actor), actor);
    }

    /** The round if the actor may see it, else 404. */
    Round visible(long id, Actor actor) {
        DataScope scope = ReportingAccess.readScope(actor);
        return jdbc.sql(SELECT + " where o.id = :id and " + VISIBLE).param("id", id).param("all", scope.all())
                .param("area", scope.areaPatternArray()).param("mine", actor.unitRegionPath())
                .query(Rounds::round).optional().orElseThrow(() -> new NotFoundProblem("round", id));
    }

    /** Without scope, for services that checked access to the submission. */
    Round load(long id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(Rounds::round).optional()
                .orElseThrow(() -> new NotFoundProblem("round", id));
    }

    @Transactional
    public RoundView create(RoundForm form) {
        DataScope scope = Actors.scopeFor(Permission.REPORT_REVIEW);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String regionPath = form.regionCode() == null ? null : jdbc.sql("select path from region where code = :c")
                .param("c", form.regionCode()).query(String.class).optional().orElse(null);
        if (regionPath == null || !scope.coversArea(regionPath)) {
            problems.add("regionCode", "reporting.round.region");
        }
        if (form.campaignId() == null) {
            problems.add("campaignId", "error.required");
        } else if (!campaignVisible(form.campaignId())) {
            problems.add("campaignId", "reporting.round.campaign", form.campaignId());
        }
        if (form.templateId() == null || jdbc.sql("select count(*) from report_template where id = :id")
                .param("id", form.templateId()).query(Long.class).single() == 0) {
            problems.add("templateId", "reporting.round.template");
        } else if (!jdbc.sql("select current from report_template where id = :id for share").param("id", form.templateId())
                .query(Boolean.class).single()) {
            problems.add("templateId", "reporting.round.templateSuperseded");
        }
        if (form.name() == null || form.name().isBlank()) {
            problems.add("name", "error.required");
        }
        requireDate(problems, "periodFrom", form.periodFrom());
        requireDate(problems, "periodTo", form.periodTo());
        requireDate(problems, "dueOn", form.dueOn());
        if (form.periodFrom() != null && form.periodTo() != null && form.periodTo().isBefore(form.periodFrom())) {
            problems.add("periodTo", "reporting.round.periodOrder");
        }
        LocalDate locksAfter = form.locksAfter() != null ? form.locksAfter() : form.dueOn();
        if (form.dueOn() != null && locksAfter.isBefore(form.dueOn())) {
            problems.add("locksAfter", "reporting.round.lockBeforeDue");
        }
        problems.throwIfAny();
        LocalDateTime onTime = form.onTimeUntil() != null ? form.onTimeUntil()
                : form.dueOn().atTime(org.shuangda.calendar.Deadline.END_OF_DAY);
        long id = jdbc.sql("""
                insert into report_round (campaign_id, template_id, region_code, seq, name, period_from, period_to,
                                          due_on, on_time_until, locks_after)
                values (:campaign, :template, :region,
                        (select coalesce(max(seq), 0) + 1 from report_round where campaign_id = :campaign),
                        :name, :from, :to, :due, :onTime, :locks) returning id""")
                .param("campaign", form.campaignId()).param("template", form.templateId())
                .param("region", form.regionCode()).param("name", form.name().strip())
                .param("from", form.periodFrom()).param("to", form.periodTo()).param("due", form.dueOn())
                .param("onTime", onTime).param("locks", locksAfter).query(Long.class).single();
        Round round = load(id);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("campaignId", round.campaignId());
        fields.put("name", round.name());
        fields.put("dueOn", round.dueOn());
        fields.put("locksAfter", round.locksAfter());
        events.publishEvent(AuditableChange.created("report_round", id, round.name(), fields));
        return view(round, Actors.require());
    }

    /** Lets one unit submit to a locked round until {@code until} (inclusive). */
    @Transactional
    public void reopen(long roundId, long unitId, LocalDate until, String reason) {
        DataScope scope = Actors.scopeFor(Permission.REPORT_REVIEW);
        Round round = visible(roundId, Actors.require());
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
        jdbc.sql("""
                insert into report_reopen (round_id, unit_id, until_on, reason, created_by)
                values (:round, :unit, :until, :reason, :by)
                on conflict (round_id, unit_id) do update set until_on = excluded.until_on, reason = excluded.reason,
                       created_by = excluded.created_by, created_at = now()""")
                .param("round", roundId).param("unit", unitId).param("until", until).param("reason", reason.strip())
                .param("by", Actors.require().username()).update();
        events.publishEvent(AuditableChange.created("report_reopen", roundId + "/" + unitId,
                round.name() + " · " + unit.name(), Map.of("until", until, "reason", reason.strip())));
    }

    /** Whether units in the region at {@code unitRegionPath} report into {@code round} (it lies in the round's region). */
    boolean expects(Round round, String unitRegionPath) {
        String roundPath = jdbc.sql("select path from region where code = :c").param("c", round.regionCode())
                .query(String.class).single();
        return unitRegionPath != null && unitRegionPath.startsWith(roundPath);
    }

    /** Whether {@code unitId} can no longer submit to {@code round} today. */
    boolean lockedFor(Round round, long unitId) {
        LocalDate reopened = jdbc.sql("select until_on from report_reopen where round_id = :r and unit_id = :u")
                .param("r", round.id()).param("u", unitId).query(LocalDate.class).optional().orElse(null);
        return round.lockedOn(today(), reopened);
    }

    RoundView view(Round round, Actor actor) {
        long left = calendar.workingDaysBetween(today(), round.dueOn());
        String text = left > 0 ? msg("reporting.due.left", left) : left == 0 ? msg("reporting.due.today")
                : msg("reporting.due.late", -left);
        return new RoundView(round, left, text, lockedFor(round, actor.unitId()));
    }

    static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    private static void requireDate(InvalidInput.Collector problems, String field, LocalDate date) {
        if (date == null) {
            problems.add(field, "error.required");
        }
    }

    static Round round(ResultSet rs, int n) throws SQLException {
        return new Round(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("template_id"),
                rs.getString("region_code"), rs.getString("region_name"), rs.getInt("seq"), rs.getString("name"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("on_time_until", LocalDateTime.class),
                rs.getObject("locks_after", LocalDate.class));
    }
}
