package org.shuangda.reporting.rounds;

import org.shuangda.shared.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.RoundForm;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind rounds and their reopenings for one unit. Rounds are read with their region from
 * {@code pub_region} (alias {@code g}); who may see which is the caller's predicate over {@code g.path}.
 */
@Component
public class RoundStore {

    private static final String SELECT = """
            select o.id, o.campaign_id, o.template_id, o.region_code, g.name as region_name, o.seq, o.name,
                   o.period_from, o.period_to, o.due_on, o.on_time_until, o.locks_after
              from report_round o join pub_region g on g.code = o.region_code
            """;

    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The round, whoever asks: for callers that checked access to what they hold (a submission, a roll-up). */
    public Optional<Round> find(long id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(RoundStore::round).optional();
    }

    /** A campaign's rounds in order. */
    public List<Round> ofCampaign(long campaignId) {
        return jdbc.sql(SELECT + " where o.campaign_id = :c order by o.seq").param("c", campaignId)
                .query(RoundStore::round).list();
    }

    Optional<Round> find(long id, SqlPredicate visible) {
        return jdbc.sql(SELECT + " where o.id = :id and " + visible.sql()).param("id", id).params(visible.params())
                .query(RoundStore::round).optional();
    }

    /** The rounds {@code visible} admits, of one campaign or (null) all, in campaign and round order. */
    List<Round> list(Long campaignId, SqlPredicate visible) {
        return jdbc.sql(SELECT + " where (cast(:campaign as bigint) is null or o.campaign_id = :campaign) and "
                        + visible.sql() + " order by o.campaign_id, o.seq")
                .param("campaign", campaignId).params(visible.params()).query(RoundStore::round).list();
    }

    /** Rounds still taking submissions on {@code today} and due by {@code horizon}. */
    List<Round> openAndDueBy(LocalDate today, LocalDate horizon) {
        return jdbc.sql(SELECT + " where o.locks_after >= :today and o.due_on <= :horizon order by o.id")
                .param("today", today).param("horizon", horizon).query(RoundStore::round).list();
    }

    /** The round as the next of its campaign; {@code onTimeUntil} and {@code locksAfter} as decided by the caller. */
    long insert(RoundForm form, LocalDateTime onTimeUntil, LocalDate locksAfter) {
        // The campaign's next seq is max + 1: two creations at once would both read the same max and the second
        // would fail on unique (campaign_id, seq) as a 500. A transaction-scoped advisory lock per campaign
        // serialises the numbering (held until commit, so the next one's max sees this round).
        jdbc.sql("select pg_advisory_xact_lock(hashtext('report_round.seq:' || :campaign))")
                .param("campaign", form.campaignId()).query((rs, n) -> 1).list();
        return jdbc.sql("""
                insert into report_round (campaign_id, template_id, region_code, seq, name, period_from, period_to,
                                          due_on, on_time_until, locks_after)
                values (:campaign, :template, :region,
                        (select coalesce(max(seq), 0) + 1 from report_round where campaign_id = :campaign),
                        :name, :from, :to, :due, :onTime, :locks) returning id""")
                .param("campaign", form.campaignId()).param("template", form.templateId())
                .param("region", form.regionCode()).param("name", form.name().strip())
                .param("from", form.periodFrom()).param("to", form.periodTo()).param("due", form.dueOn())
                .param("onTime", Instants.instant(onTimeUntil)).param("locks", locksAfter).query(Long.class).single();
    }

    /** The path of a region (a round's, or one asked for), empty when there is no such region. */
    public Optional<String> regionPath(String code) {
        return jdbc.sql("select path from pub_region where code = :c").param("c", code).query(String.class).optional();
    }

    /** The day until which the round was reopened for the unit, if it was. */
    Optional<LocalDate> reopenedUntil(long roundId, long unitId) {
        return jdbc.sql("select until_on from report_reopen where round_id = :r and unit_id = :u")
                .param("r", roundId).param("u", unitId).query(LocalDate.class).optional();
    }

    /** Reopens the round for the unit until {@code until}, replacing an earlier reopening. */
    void saveReopening(long roundId, long unitId, LocalDate until, String reason, String by, OffsetDateTime at) {
        jdbc.sql("""
                insert into report_reopen (round_id, unit_id, until_on, reason, created_by, created_at)
                values (:round, :unit, :until, :reason, :by, :at)
                on conflict (round_id, unit_id) do update set until_on = excluded.until_on, reason = excluded.reason,
                       created_by = excluded.created_by, created_at = excluded.created_at""")
                .param("round", roundId).param("unit", unitId).param("until", until).param("reason", reason)
                .param("by", by).param("at", at).update();
    }

    /** The first day of the campaign's first round. */
    Optional<LocalDate> campaignStart(long campaignId) {
        return jdbc.sql("select min(period_from) from report_round where campaign_id = :c").param("c", campaignId)
                .query(LocalDate.class).optional();
    }

    private static Round round(ResultSet rs, int n) throws SQLException {
        return new Round(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("template_id"),
                rs.getString("region_code"), rs.getString("region_name"), rs.getInt("seq"), rs.getString("name"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), Instants.wallTime(rs, "on_time_until"),
                rs.getObject("locks_after", LocalDate.class));
    }
}
