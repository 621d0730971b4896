package org.shuangda.reporting;

import java.time.LocalDateTime;
import java.util.Map;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The upper levels of the approval chain. Unit submissions are accepted by the office over the unit (the
 * county office). A region's roll-up is then accepted ("signed off") by an office over its <em>parent</em>
 * region (the city office for a county), and only when everything below is done: every expected unit
 * sitting directly in the region has an accepted submission, and every child region with units is signed
 * off (counting only units of the round's own region: a county campaign's round expects nothing of the city's
 * bureaus). So a province signs off a city only after the city signed off all its counties.
 */
@Service
public class RegionSignoffs {

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final ApplicationEventPublisher events;

    RegionSignoffs(JdbcClient jdbc, Rounds rounds, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.events = events;
    }

    @Transactional
    public void signOff(long roundId, String regionCode) {
        DataScope scope = Actors.scopeFor(Permission.REPORT_REVIEW);
        Round round = rounds.visible(roundId, Actors.require());
        record Place(String name, String path, String parentPath) {
        }
        Place region = jdbc.sql("""
                select r.name, r.path, p.path from region r left join region p on p.code = r.parent_code
                 where r.code = :c""").param("c", regionCode)
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3))).optional()
                .filter(p -> scope.coversArea(p.path()))
                .orElseThrow(() -> new NotFoundProblem("region", regionCode));
        if (region.parentPath() == null || !scope.coversArea(region.parentPath())) {
            throw new InvalidInput("region", "reporting.signoff.scope");
        }
        int unitsPending = jdbc.sql("""
                select count(*) from unit u join region g on g.code = u.region_code
                 where u.region_code = :c and u.active and g.path like :roundPath || '%' and not exists (
                       select 1 from report_submission s where s.unit_id = u.id and s.round_id = :r and s.status = 'ACCEPTED')""")
                .param("c", regionCode).param("r", round.id()).param("roundPath", roundPath(round))
                .query(Integer.class).single();
        if (unitsPending > 0) {
            throw new InvalidInput("region", "reporting.signoff.unitsPending", unitsPending);
        }
        int regionsPending = jdbc.sql("""
                select count(*) from region c
                 where c.parent_code = :c
                   and exists (select 1 from unit u join region g on g.code = u.region_code
                                where u.active and g.path like c.path || '%' and g.path like :roundPath || '%')
                   and not exists (select 1 from report_region_signoff o where o.round_id = :r and o.region_code = c.code)""")
                .param("c", regionCode).param("r", round.id()).param("roundPath", roundPath(round))
                .query(Integer.class).single();
        if (regionsPending > 0) {
            throw new InvalidInput("region", "reporting.signoff.regionsPending", regionsPending);
        }
        int inserted = jdbc.sql("""
                insert into report_region_signoff (round_id, region_code, signed_by, signed_at)
                values (:r, :c, :by, :at) on conflict do nothing""")
                .param("r", round.id()).param("c", regionCode).param("by", Actors.require().username())
                .param("at", LocalDateTime.now(org.shuangda.calendar.WorkingCalendar.ZONE)).update();
        if (inserted == 1) {
            events.publishEvent(AuditableChange.created("report_region_signoff", round.id() + "/" + regionCode,
                    round.name() + " · " + region.name(), Map.of("round", round.name(), "region", regionCode)));
        }
    }

    /** Only the units of the round's region are expected to report into it. */
    private String roundPath(Round round) {
        return jdbc.sql("select path from region where code = :c").param("c", round.regionCode())
                .query(String.class).single();
    }

    public boolean signedOff(long roundId, String regionCode) {
        return jdbc.sql("select count(*) from report_region_signoff where round_id = :r and region_code = :c")
                .param("r", roundId).param("c", regionCode).query(Integer.class).single() > 0;
    }
}
