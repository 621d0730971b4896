package org.shuangda.reporting.rollups;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.reporting.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the cockpit reads besides the roll-ups: region names along a path, a unit and its submissions. */
@Component
class CockpitStore {

    record Place(String code, String name, String path) {
    }

    record UnitPlace(long id, String name, String path, String regionPath, String regionCode, String regionName) {
    }

    /** One of the unit's submissions in a round. */
    record UnitSubmission(long roundId, long submissionId, SubmissionStatus status, Boolean onTime,
            String returnedReason, Map<String, BigDecimal> values) {
    }

    private final JdbcClient jdbc;

    CockpitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Place> region(String code) {
        return jdbc.sql("select code, name, path from pub_region where code = :c").param("c", code)
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** The regions on {@code path} ({@code /140000/140400/140426/}), from the top down. */
    List<Place> along(String path) {
        String[] codes = java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        return jdbc.sql("select code, name, path from pub_region where code = any(:codes) order by length(path)")
                .param("codes", codes)
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    Optional<UnitPlace> unit(long id) {
        return jdbc.sql("""
                select id, name, path, region_path, region_code, region_name from pub_unit where id = :id""")
                .param("id", id).query((rs, n) -> new UnitPlace(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).optional();
    }

    /** The unit's submissions to {@code rounds}, with their figures (totals, not the breakdowns). */
    List<UnitSubmission> submissions(long unitId, Long[] rounds) {
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        jdbc.sql("""
                select s.id, i.code, v.value from report_submission s
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                  join report_indicator i on i.id = v.indicator_id
                 where s.unit_id = :unit and s.round_id = any(:rounds)""")
                .param("unit", unitId).param("rounds", rounds)
                .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getBigDecimal(3))).list();
        return jdbc.sql("""
                select round_id, id, status, on_time, returned_reason from report_submission
                 where unit_id = :unit and round_id = any(:rounds)""")
                .param("unit", unitId).param("rounds", rounds)
                .query((rs, n) -> new UnitSubmission(rs.getLong(1), rs.getLong(2),
                        SubmissionStatus.valueOf(rs.getString(3)), rs.getObject(4, Boolean.class), rs.getString(5),
                        values.getOrDefault(rs.getLong(2), Map.of()))).list();
    }
}
