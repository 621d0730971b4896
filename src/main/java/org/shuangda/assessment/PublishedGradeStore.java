package org.shuangda.assessment;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds the latest published run of a unit or a region (the published grades). */
@Repository
class PublishedGradeStore {

    private final JdbcClient jdbc;

    PublishedGradeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> latestPublishedRunOfUnit(long unitId) {
        return jdbc.sql("""
                select r.id from assessment_run r join assessment_scheme s on s.id = r.scheme_id
                 where r.unit_id = :u and r.region_code is null and r.status = 'PUBLISHED'
                 order by s.year desc, r.published_at desc, r.id desc limit 1""").param("u", unitId)
                .query(Long.class).optional();
    }

    Optional<Long> latestPublishedRunOfRegion(String regionCode) {
        return jdbc.sql("""
                select r.id from assessment_run r join assessment_scheme s on s.id = r.scheme_id
                 where r.region_code = :r and r.status = 'PUBLISHED'
                 order by s.year desc, r.published_at desc, r.id desc limit 1""").param("r", regionCode)
                .query(Long.class).optional();
    }
}
