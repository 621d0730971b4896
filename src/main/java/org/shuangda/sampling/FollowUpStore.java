package org.shuangda.sampling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code sampling_follow_up} (V190), read with its sample; unit and region names from pub_* views. */
@Repository
class FollowUpStore {

    private static final String SELECT = """
            select f.*, s.number, s.product_name, s.kind, s.unit_path as sample_unit_path,
                   s.region_path as sample_region_path, u.name as unit_name, r.name as region_name
              from sampling_follow_up f
              join sampling_sample s on s.id = f.sample_id
              left join pub_unit u on u.id = f.unit_id
              left join pub_region r on r.code = f.region_code
            """;

    private final JdbcClient jdbc;

    FollowUpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new follow-up; none when the sample already has one for the subject (a repeated step changes nothing). */
    Optional<Long> insert(long sampleId, FollowUp.Subject subject, String name, String uscc, String regionCode,
            Long unitId, String unitPath, String regionPath, LocalDate startedOn) {
        return jdbc.sql("""
                        insert into sampling_follow_up (sample_id, subject, subject_name, subject_uscc, region_code,
                               unit_id, unit_path, region_path, started_on, state)
                        values (:sample, :subject, :name, :uscc, :region, :unit, :unitPath, :regionPath, :started,
                                :state)
                        on conflict (sample_id, subject) do nothing returning id""")
                .param("sample", sampleId).param("subject", subject.name()).param("name", name).param("uscc", uscc)
                .param("region", regionCode).param("unit", unitId).param("unitPath", unitPath)
                .param("regionPath", regionPath).param("started", startedOn)
                .param("state", unitId == null ? FollowUp.State.OUTSIDE.name() : FollowUp.State.OPEN.name())
                .query(Long.class).optional();
    }

    boolean done(long id, int version, Boolean recalled, Boolean removed, String measures, boolean violation,
            String finding, LocalDate on, String by) {
        return jdbc.sql("""
                        update sampling_follow_up set state = 'DONE', recalled = :recalled, removed = :removed,
                               measures = :measures, violation = :violation, finding = :finding, done_on = :on,
                               done_by = :by, version = version + 1
                         where id = :id and version = :version and state = 'OPEN'""")
                .param("recalled", recalled).param("removed", removed).param("measures", measures)
                .param("violation", violation).param("finding", finding).param("on", on).param("by", by)
                .param("id", id).param("version", version).update() == 1;
    }

    boolean pushed(long id, int version, String to, LocalDate on, String by) {
        return jdbc.sql("""
                        update sampling_follow_up set state = 'PUSHED', pushed_to = :to, done_on = :on, done_by = :by,
                               version = version + 1
                         where id = :id and version = :version and state = 'OUTSIDE'""")
                .param("to", to).param("on", on).param("by", by).param("id", id).param("version", version)
                .update() == 1;
    }

    /** Ends the open follow-ups of a sample a re-test found compliant. */
    int endOpen(long sampleId, String measures, LocalDate on, String by) {
        return jdbc.sql("""
                        update sampling_follow_up set state = case when state = 'OUTSIDE' then 'PUSHED' else 'DONE' end,
                               measures = :measures, violation = false, done_on = :on, done_by = :by,
                               version = version + 1
                         where sample_id = :id and state in ('OPEN', 'OUTSIDE')""")
                .param("measures", measures).param("on", on).param("by", by).param("id", sampleId).update();
    }

    void linkClue(long id, long clueId, String clueNumber) {
        jdbc.sql("update sampling_follow_up set clue_id = :clue, clue_number = :number where id = :id")
                .param("clue", clueId).param("number", clueNumber).param("id", id).update();
    }

    Optional<FollowUp> find(long id) {
        return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(FollowUpStore::map).optional();
    }

    List<FollowUp> ofSample(long sampleId) {
        return jdbc.sql(SELECT + " where f.sample_id = :id order by f.subject desc, f.id").param("id", sampleId)
                .query(FollowUpStore::map).list();
    }

    /** Follow-ups whose unit, or whose sample's unit, the predicates admit; open ones first. */
    List<FollowUp> list(SqlPredicate visible, boolean openOnly, int limit) {
        return jdbc.sql(SELECT + " where " + visible.sql()
                        + " and (not :open or f.state in ('OPEN', 'OUTSIDE'))"
                        + " order by (f.state in ('OPEN', 'OUTSIDE')) desc, f.started_on, f.id limit :limit")
                .params(visible.params()).param("open", openOnly).param("limit", limit)
                .query(FollowUpStore::map).list();
    }

    /** The open follow-ups given to one unit (its to-dos). */
    List<FollowUp> openOfUnit(long unitId) {
        return jdbc.sql(SELECT + " where f.unit_id = :unit and f.state = 'OPEN' order by f.started_on, f.id")
                .param("unit", unitId).query(FollowUpStore::map).list();
    }

    private static FollowUp map(ResultSet rs, int row) throws SQLException {
        return new FollowUp(rs.getLong("id"), rs.getLong("sample_id"), rs.getString("number"),
                rs.getString("product_name"), SamplingKind.valueOf(rs.getString("kind")),
                FollowUp.Subject.valueOf(rs.getString("subject")), rs.getString("subject_name"),
                rs.getString("subject_uscc"), rs.getString("region_code"), rs.getString("region_name"),
                (Long) rs.getObject("unit_id"), rs.getString("unit_name"), rs.getString("unit_path"),
                rs.getString("region_path"), rs.getObject("started_on", LocalDate.class),
                FollowUp.State.valueOf(rs.getString("state")), (Boolean) rs.getObject("recalled"),
                (Boolean) rs.getObject("removed"), rs.getString("measures"), (Boolean) rs.getObject("violation"),
                rs.getString("finding"), (Long) rs.getObject("clue_id"), rs.getString("clue_number"),
                rs.getObject("done_on", LocalDate.class), rs.getString("done_by"), rs.getString("pushed_to"),
                rs.getString("sample_unit_path"), rs.getString("sample_region_path"), rs.getInt("version"));
    }
}
