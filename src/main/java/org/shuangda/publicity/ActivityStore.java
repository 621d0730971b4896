package org.shuangda.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.shared.Instants;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code publicity_activity} and {@code publicity_photo}. Unit names from the published view
 * {@code pub_unit}; campaign titles are asked of campaigns' published query by the service.
 */
@Repository
class ActivityStore {

    static final int LIST_MAX = 1000;

    /** A validated activity ready to write; the unit's paths scope it. */
    record Row(long unitId, String unitPath, String regionPath, Long campaignId, LocalDate heldOn, PublicityKind kind,
            String title, String place, int materials, int attendance, long reach, String note) {
    }

    /** A stored activity with what scope checks need. */
    record Stored(PublicityActivity activity, String unitPath, String regionPath) {
    }

    /** A stored photo's bytes. */
    record PhotoContent(long id, long activityId, String name, String contentType, byte[] content) {
    }

    /** The figures of one unit's activities held within a period. */
    record Figures(int activities, Map<PublicityKind, Integer> byKind, long materials, long attendance, long reach) {
    }

    private static final String SELECT = """
            select a.*, u.name as unit_name from publicity_activity a join pub_unit u on u.id = a.unit_id
            """;

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Row r, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into publicity_activity (unit_id, unit_path, region_path, campaign_id, held_on, kind, title,
                               place, materials, attendance, reach, note, created_by, created_at, updated_at)
                        values (:unit, :unitPath, :regionPath, :campaign, :heldOn, :kind, :title, :place, :materials,
                               :attendance, :reach, :note, :by, :now, :now)
                        returning id""")
                .params(params(r)).param("by", by).param("now", now).query(Long.class).single();
    }

    boolean update(long id, int expectedVersion, Row r, OffsetDateTime now) {
        return jdbc.sql("""
                        update publicity_activity set unit_id = :unit, unit_path = :unitPath, region_path = :regionPath,
                               campaign_id = :campaign, held_on = :heldOn, kind = :kind, title = :title, place = :place,
                               materials = :materials, attendance = :attendance, reach = :reach, note = :note,
                               version = version + 1, updated_at = :now
                         where id = :id and version = :version""")
                .params(params(r)).param("id", id).param("version", expectedVersion).param("now", now).update() == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("delete from publicity_activity where id = :id").param("id", id).update() == 1;
    }

    Optional<Stored> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(this::stored).optional()
                .map(s -> new Stored(withPhotos(s.activity()), s.unitPath(), s.regionPath()));
    }

    /** Visible activities held within {@code from..to} (open ends allowed), newest first. */
    List<PublicityActivity> list(SqlPredicate visible, LocalDate from, LocalDate to, PublicityKind kind, Long unitId,
            int limit) {
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("from", from);
        params.put("to", to);
        params.put("kind", kind == null ? null : kind.name());
        params.put("unitId", unitId);
        params.put("limit", limit);
        List<PublicityActivity> rows = jdbc.sql(SELECT + " where " + visible.sql() + """
                   and (cast(:from as date) is null or a.held_on >= :from)
                   and (cast(:to as date) is null or a.held_on <= :to)
                   and (cast(:kind as text) is null or a.kind = :kind)
                   and (cast(:unitId as bigint) is null or a.unit_id = :unitId)
                 order by a.held_on desc, a.id desc limit :limit""").params(params)
                .query(this::stored).list().stream().map(Stored::activity).toList();
        Map<Long, List<PublicityActivity.Photo>> photos = photosOf(rows.stream().map(PublicityActivity::id).toList());
        return rows.stream().map(a -> copy(a, photos.getOrDefault(a.id(), List.of()))).toList();
    }

    long insertPhoto(long activityId, String name, String contentType, byte[] content, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into publicity_photo (activity_id, name, content_type, size_bytes, content, uploaded_by,
                               uploaded_at)
                        values (:a, :name, :type, :size, :content, :by, :now) returning id""")
                .param("a", activityId).param("name", name).param("type", contentType).param("size", content.length)
                .param("content", content).param("by", by).param("now", now).query(Long.class).single();
    }

    int photoCount(long activityId) {
        return jdbc.sql("select count(*) from publicity_photo where activity_id = :a").param("a", activityId)
                .query(Integer.class).single();
    }

    Optional<PhotoContent> photo(long activityId, long photoId) {
        return jdbc.sql("""
                        select id, activity_id, name, content_type, content from publicity_photo
                         where id = :p and activity_id = :a""")
                .param("p", photoId).param("a", activityId)
                .query((rs, n) -> new PhotoContent(rs.getLong("id"), rs.getLong("activity_id"), rs.getString("name"),
                        rs.getString("content_type"), rs.getBytes("content"))).optional();
    }

    boolean deletePhoto(long activityId, long photoId) {
        return jdbc.sql("delete from publicity_photo where id = :p and activity_id = :a").param("p", photoId)
                .param("a", activityId).update() == 1;
    }

    /** One unit's activities held within {@code from..to}: how many (by kind), materials, attendance, reach. */
    Figures figures(long unitId, LocalDate from, LocalDate to) {
        Map<PublicityKind, Integer> byKind = new java.util.EnumMap<>(PublicityKind.class);
        long[] sums = new long[4];
        jdbc.sql("""
                        select kind, count(*) as n, coalesce(sum(materials), 0) as materials,
                               coalesce(sum(attendance), 0) as attendance, coalesce(sum(reach), 0) as reach
                          from publicity_activity
                         where unit_id = :unit and held_on between :from and :to
                         group by kind""")
                .param("unit", unitId).param("from", from).param("to", to).query((ResultSet rs) -> {
                    int n = rs.getInt("n");
                    byKind.put(PublicityKind.valueOf(rs.getString("kind")), n);
                    sums[0] += n;
                    sums[1] += rs.getLong("materials");
                    sums[2] += rs.getLong("attendance");
                    sums[3] += rs.getLong("reach");
                });
        return new Figures((int) sums[0], byKind, sums[1], sums[2], sums[3]);
    }

    private Map<Long, List<PublicityActivity.Photo>> photosOf(List<Long> activityIds) {
        Map<Long, List<PublicityActivity.Photo>> out = new HashMap<>();
        if (activityIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select id, activity_id, name, content_type, size_bytes from publicity_photo
                         where activity_id = any(:ids) order by activity_id, id""")
                .param("ids", activityIds.toArray(Long[]::new)).query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong("activity_id"), k -> new java.util.ArrayList<>())
                            .add(new PublicityActivity.Photo(rs.getLong("id"), rs.getString("name"),
                                    rs.getString("content_type"), rs.getInt("size_bytes")));
                });
        return out;
    }

    private PublicityActivity withPhotos(PublicityActivity a) {
        return copy(a, photosOf(List.of(a.id())).getOrDefault(a.id(), List.of()));
    }

    private static PublicityActivity copy(PublicityActivity a, List<PublicityActivity.Photo> photos) {
        return new PublicityActivity(a.id(), a.unitId(), a.unitName(), a.campaignId(), a.campaignTitle(), a.heldOn(),
                a.kind(), a.title(), a.place(), a.materials(), a.attendance(), a.reach(), a.note(), List.copyOf(photos),
                a.createdBy(), a.version(), a.updatedAt());
    }

    private Stored stored(ResultSet rs, int n) throws SQLException {
        PublicityActivity a = new PublicityActivity(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                (Long) rs.getObject("campaign_id"), null, rs.getObject("held_on", LocalDate.class),
                PublicityKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("place"),
                rs.getInt("materials"), rs.getInt("attendance"), rs.getLong("reach"), rs.getString("note"), List.of(),
                rs.getString("created_by"), rs.getInt("version"), Instants.wallTime(rs, "updated_at"));
        return new Stored(a, rs.getString("unit_path"), rs.getString("region_path"));
    }

    private static Map<String, Object> params(Row r) {
        Map<String, Object> p = new HashMap<>();
        p.put("unit", r.unitId());
        p.put("unitPath", r.unitPath());
        p.put("regionPath", r.regionPath());
        p.put("campaign", r.campaignId());
        p.put("heldOn", r.heldOn());
        p.put("kind", r.kind().name());
        p.put("title", r.title());
        p.put("place", r.place());
        p.put("materials", r.materials());
        p.put("attendance", r.attendance());
        p.put("reach", r.reach());
        p.put("note", r.note());
        return p;
    }
}
