package org.shuangda.sampling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The table {@code sampling_retest_draw} (V190), append-only. */
@Repository
class RetestDrawStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<Long, String>> EXCLUDED = new TypeReference<>() {
    };
    private static final String SELECT = """
            select d.*, d.excluded::text as excluded_json, l.name as lab_name
              from sampling_retest_draw d join sampling_lab l on l.id = d.chosen_lab_id
            """;

    private final JdbcClient jdbc;

    RetestDrawStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long sampleId, long[] pool, Map<Long, String> excluded, String poolHash, String entropy,
            String source, String seed, long chosen, String key, String by, Instant at) {
        return jdbc.sql("""
                        insert into sampling_retest_draw (sample_id, seq, pool_ids, excluded, pool_hash, entropy,
                               entropy_source, seed, chosen_lab_id, chosen_key, drawn_by, drawn_at)
                        values (:sample, (select coalesce(max(seq), 0) + 1 from sampling_retest_draw
                                           where sample_id = :sample), :pool, cast(:excluded as jsonb), :hash,
                                :entropy, :source, :seed, :chosen, :key, :by, :at) returning id""")
                .param("sample", sampleId).param("pool", Arrays.stream(pool).boxed().toArray(Long[]::new))
                .param("excluded", JSON.writeValueAsString(new TreeMap<>(excluded))).param("hash", poolHash)
                .param("entropy", entropy).param("source", source).param("seed", seed).param("chosen", chosen)
                .param("key", key).param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(Long.class).single();
    }

    Optional<RetestDraw> find(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(RetestDrawStore::map).optional();
    }

    List<RetestDraw> ofSample(long sampleId) {
        return jdbc.sql(SELECT + " where d.sample_id = :id order by d.seq").param("id", sampleId)
                .query(RetestDrawStore::map).list();
    }

    private static RetestDraw map(ResultSet rs, int row) throws SQLException {
        return new RetestDraw(rs.getLong("id"), rs.getLong("sample_id"), rs.getInt("seq"),
                Arrays.asList((Long[]) rs.getArray("pool_ids").getArray()),
                JSON.readValue(rs.getString("excluded_json"), EXCLUDED), rs.getString("pool_hash"),
                rs.getString("entropy"), rs.getString("entropy_source"), rs.getString("seed"),
                rs.getLong("chosen_lab_id"), rs.getString("lab_name"), rs.getString("chosen_key"),
                rs.getString("drawn_by"), rs.getObject("drawn_at", OffsetDateTime.class).toInstant());
    }
}
