package org.shuangda.reporting.rounds;

import org.shuangda.shared.Instants;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind region sign-offs: what is still pending below a region for a round, and the sign-offs. Units
 * are read from {@code pub_unit}, regions from {@code pub_region}; only units inside the round's region
 * ({@code roundPath}) count.
 */
@Component
class SignoffStore {

    /** A region with its path and its parent's path (null for a province). */
    record Place(String name, String path, String parentPath) {
    }

    private final JdbcClient jdbc;

    SignoffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Place> place(String regionCode) {
        return jdbc.sql("""
                select r.name, r.path, p.path from pub_region r left join pub_region p on p.code = r.parent_code
                 where r.code = :c""").param("c", regionCode)
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** Expected units sitting directly in the region without an accepted submission to the round. */
    int unitsPending(long roundId, String regionCode, String roundPath) {
        return jdbc.sql("""
                select count(*) from pub_unit u
                 where u.region_code = :c and u.active and u.region_path like :roundPath || '%' and not exists (
                       select 1 from report_submission s where s.unit_id = u.id and s.round_id = :r and s.status = 'ACCEPTED')""")
                .param("c", regionCode).param("r", roundId).param("roundPath", roundPath)
                .query(Integer.class).single();
    }

    /** Child regions with expected units that are not signed off for the round. */
    int regionsPending(long roundId, String regionCode, String roundPath) {
        return jdbc.sql("""
                select count(*) from pub_region c
                 where c.parent_code = :c
                   and exists (select 1 from pub_unit u
                                where u.active and u.region_path like c.path || '%' and u.region_path like :roundPath || '%')
                   and not exists (select 1 from report_region_signoff o where o.round_id = :r and o.region_code = c.code)""")
                .param("c", regionCode).param("r", roundId).param("roundPath", roundPath)
                .query(Integer.class).single();
    }

    /** Signs the region off; false when it already was. */
    boolean insert(long roundId, String regionCode, String by, LocalDateTime at) {
        return jdbc.sql("""
                insert into report_region_signoff (round_id, region_code, signed_by, signed_at)
                values (:r, :c, :by, :at) on conflict do nothing""")
                .param("r", roundId).param("c", regionCode).param("by", by).param("at", Instants.instant(at)).update() == 1;
    }

    boolean signedOff(long roundId, String regionCode) {
        return jdbc.sql("select count(*) from report_region_signoff where round_id = :r and region_code = :c")
                .param("r", roundId).param("c", regionCode).query(Integer.class).single() > 0;
    }
}
