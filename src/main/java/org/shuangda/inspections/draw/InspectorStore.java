package org.shuangda.inspections.draw;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code inspection_inspector} table (V229): certificates and specialties by officer. */
@Repository
class InspectorStore {

    /** A stored row. */
    record Row(long officerId, String certificateNo, LocalDate certificateUntil, List<Specialty> specialties,
            int version) {
    }

    private final JdbcClient jdbc;

    InspectorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Row> of(Collection<Long> officerIds) {
        Map<Long, Row> out = new HashMap<>();
        if (officerIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select officer_id, certificate_no, certificate_until, specialties, version
                          from inspection_inspector where officer_id = any(:ids)
                        """).param("ids", officerIds.toArray(Long[]::new))
                .query((rs, n) -> out.put(rs.getLong(1), new Row(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), Arrays.stream((String[]) rs.getArray(4).getArray())
                                .map(Specialty::valueOf).toList(), rs.getInt(5))))
                .list();
        return out;
    }

    /** Inserts or updates when the stored version is still {@code version} (0 for a first entry). */
    boolean save(long officerId, String certificateNo, LocalDate until, List<Specialty> specialties, String unitPath,
            String regionPath, int version, String by, Instant at) {
        return jdbc.sql("""
                        insert into inspection_inspector (officer_id, certificate_no, certificate_until, specialties,
                                                          unit_path, region_path, updated_by, updated_at)
                        values (:id, :no, :until, :specialties, :unitPath, :regionPath, :by, :at)
                        on conflict (officer_id) do update
                           set certificate_no = excluded.certificate_no, certificate_until = excluded.certificate_until,
                               specialties = excluded.specialties, unit_path = excluded.unit_path,
                               region_path = excluded.region_path, updated_by = excluded.updated_by,
                               updated_at = excluded.updated_at, version = inspection_inspector.version + 1
                         where inspection_inspector.version = :version
                        """).param("id", officerId).param("no", certificateNo).param("until", until)
                .param("specialties", specialties.stream().map(Enum::name).toArray(String[]::new))
                .param("unitPath", unitPath).param("regionPath", regionPath).param("by", by)
                .param("at", Timestamp.from(at)).param("version", version).update() == 1;
    }
}
