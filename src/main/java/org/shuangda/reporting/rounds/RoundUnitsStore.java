package org.shuangda.reporting.rounds;

import org.shuangda.shared.Instants;
import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.RoundImport;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.reporting.SubmissionStatus;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units a round expects (the active units in its region, from {@code pub_unit} as {@code u}), each with
 * its submission if any, within the caller's predicate over {@code u.path} and {@code u.region_path}.
 */
@Component
class RoundUnitsStore {

    private final JdbcClient jdbc;

    RoundUnitsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoundProgress.Line> lines(Round round, SqlPredicate scope) {
        return jdbc.sql("""
                select u.id, u.name, u.region_name, s.id as sid, s.status, s.submitted_at, s.on_time,
                       s.returned_reason
                  from pub_unit u join pub_region g on g.code = :region
                  left join report_submission s on s.unit_id = u.id and s.round_id = :round
                 where u.active and u.region_path like g.path || '%'""" + " and " + scope.sql()
                + " order by u.region_path, u.path")
                .param("region", round.regionCode()).param("round", round.id()).params(scope.params())
                .query((rs, n) -> new RoundProgress.Line(rs.getLong("id"), rs.getString("name"),
                        rs.getString("region_name"), rs.getObject("sid", Long.class),
                        rs.getString("status") == null ? null : SubmissionStatus.valueOf(rs.getString("status")),
                        Instants.wallTime(rs, "submitted_at"), rs.getObject("on_time", Boolean.class),
                        rs.getString("returned_reason")))
                .list();
    }

    /** The units a round of {@code regionCode} would expect, within {@code scope}. */
    List<RoundImport.ExpectedUnit> expected(String regionCode, SqlPredicate scope) {
        return jdbc.sql("""
                select u.id, u.name from pub_unit u join pub_region g on g.code = :region
                 where u.active and u.region_path like g.path || '%'""" + " and " + scope.sql()
                + " order by u.region_path, u.path")
                .param("region", regionCode).params(scope.params())
                .query((rs, n) -> new RoundImport.ExpectedUnit(rs.getLong(1), rs.getString(2))).list();
    }
}
