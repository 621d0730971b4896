package org.shuangda.reporting;

import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who has and has not reported in a round: every active unit of the round's region that the caller may
 * see, with its submission if any. A reporter sees their own unit's line; a county office the county.
 */
@Service
public class RoundProgress {

    /**
     * One expected unit.
     *
     * @param submissionId null when the unit has not started
     * @param status       null when the unit has not started
     */
    public record Line(long unitId, String unitName, String regionName, Long submissionId, SubmissionStatus status,
            LocalDateTime submittedAt, Boolean onTime, String returnedReason) {
    }

    private final JdbcClient jdbc;
    private final Rounds rounds;

    RoundProgress(JdbcClient jdbc, Rounds rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    public List<Line> lines(long roundId) {
        Actor actor = Actors.require();
        DataScope scope = ReportingAccess.readScope(actor);
        Round round = rounds.visible(roundId, actor);
        return jdbc.sql("""
                select u.id, u.name, r.name as region_name, s.id as sid, s.status, s.submitted_at, s.on_time,
                       s.returned_reason
                  from unit u join region r on r.code = u.region_code
                  join region g on g.code = :region
                  left join report_submission s on s.unit_id = u.id and s.round_id = :round
                 where u.active and r.path like g.path || '%'
                   and (:all or u.path like any(:units) or r.path like any(:regions))
                 order by r.path, u.path""")
                .param("region", round.regionCode()).param("round", round.id()).param("all", scope.all())
                .param("units", scope.unitPatternArray()).param("regions", scope.regionPatternArray())
                .query((rs, n) -> new Line(rs.getLong("id"), rs.getString("name"), rs.getString("region_name"),
                        rs.getObject("sid", Long.class),
                        rs.getString("status") == null ? null : SubmissionStatus.valueOf(rs.getString("status")),
                        rs.getObject("submitted_at", LocalDateTime.class), rs.getObject("on_time", Boolean.class),
                        rs.getString("returned_reason")))
                .list();
    }
}
