package org.shuangda.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.assessment.Scheme.Category;
import org.shuangda.assessment.Scheme.Item;
import org.shuangda.assessment.Scheme.Steps;
import org.shuangda.assessment.Scheme.Target;
import org.shuangda.assessment.SchemeForm.CategoryForm;
import org.shuangda.assessment.SchemeForm.ItemForm;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Schemes with their targets, categories and items; unit and region names from the published views. The content is
 * written from a validated {@link SchemeForm} (categories and items refer to categories by position) and replaced
 * as a whole while the scheme is a draft.
 */
@Repository
class SchemeStore {

    /** A scheme with the paths its scope checks need: the issuing unit's tree and region paths, the region's. */
    record Placed(Scheme scheme, String issuingUnitPath, String issuingRegionPath, String regionPath) {
    }

    /** The header fields beside the form's content. */
    record Header(String code, int edition, Long basedOn, long issuingUnitId, String regionCode, String createdBy) {
    }

    private static final String SELECT = """
            select s.*, u.name as unit_name, u.path as unit_path, u.region_path as unit_region_path,
                   r.name as region_name, r.path as region_path
              from assessment_scheme s join pub_unit u on u.id = s.issuing_unit_id
              join pub_region r on r.code = s.region_code
            """;

    private final JdbcClient jdbc;

    SchemeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Placed> find(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(this::placed).optional();
    }

    /**
     * Schemes whose issuing unit {@code office} covers (the assessing side, drafts included), and schemes in use or
     * published that assess the actor's place: a region above the actor's unit's region, or the actor's unit or a
     * unit above it ({@code unitPath}, {@code regionPath}; null for the system). Newest year first.
     */
    List<Placed> visible(SqlPredicate office, String unitPath, String regionPath) {
        return jdbc.sql(SELECT + " where (" + office.sql() + ")" + """
                 or (s.status <> 'DRAFT' and exists (select 1 from assessment_scheme_target t
                       left join pub_region tr on tr.code = t.region_code left join pub_unit tu on tu.id = t.unit_id
                      where t.scheme_id = s.id and (cast(:rp as text) like tr.path || '%' or cast(:up as text) like tu.path || '%')))
                 order by s.year desc, s.id desc limit 500""")
                .params(office.params()).param("rp", regionPath).param("up", unitPath).query(this::placed).list();
    }

    long insert(Header h, SchemeForm f) {
        long id = jdbc.sql("""
                insert into assessment_scheme (code, edition, based_on, year, title, issuing_unit_id, region_code,
                       target_kind, period_from, period_to, grade_a, grade_b, grade_c, bonus_cap, self_from, self_to,
                       first_from, first_to, second_from, second_to, publish_on, status, created_by)
                values (:code, :edition, :basedOn, :year, :title, :unit, :region, :kind, :from, :to, :a, :b, :c, :cap,
                        :selfFrom, :selfTo, :firstFrom, :firstTo, :secondFrom, :secondTo, :publishOn, 'DRAFT', :by)
                returning id""")
                .param("code", h.code()).param("edition", h.edition()).param("basedOn", h.basedOn())
                .param("unit", h.issuingUnitId()).param("region", h.regionCode()).param("by", h.createdBy())
                .params(header(f)).query(Long.class).single();
        writeContent(id, f);
        return id;
    }

    /** Replaces a draft's header and content; false if someone changed it meanwhile. */
    boolean update(long id, SchemeForm f, int version) {
        int changed = jdbc.sql("""
                update assessment_scheme set year = :year, title = :title, target_kind = :kind, period_from = :from,
                       period_to = :to, grade_a = :a, grade_b = :b, grade_c = :c, bonus_cap = :cap,
                       self_from = :selfFrom, self_to = :selfTo, first_from = :firstFrom, first_to = :firstTo,
                       second_from = :secondFrom, second_to = :secondTo, publish_on = :publishOn,
                       version = version + 1
                 where id = :id and version = :version and status = 'DRAFT'""")
                .params(header(f)).param("id", id).param("version", version).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from assessment_scheme_target where scheme_id = :id").param("id", id).update();
        jdbc.sql("delete from assessment_item where scheme_id = :id").param("id", id).update();
        jdbc.sql("delete from assessment_category where scheme_id = :id").param("id", id).update();
        writeContent(id, f);
        return true;
    }

    /** Moves the scheme to {@code to} from {@code from}; false if it was not in {@code from} at {@code version}. */
    boolean transition(long id, int version, SchemeStatus from, SchemeStatus to, String by, OffsetDateTime at) {
        String stamp = to == SchemeStatus.IN_USE ? ", started_at = :at, started_by = :by"
                : to == SchemeStatus.PUBLISHED ? ", published_at = :at, published_by = :by" : "";
        return jdbc.sql("update assessment_scheme set status = :to, version = version + 1" + stamp
                        + " where id = :id and version = :version and status = :from")
                .param("to", to.name()).param("from", from.name()).param("id", id).param("version", version)
                .param("at", at).param("by", by).update() == 1;
    }

    void computed(long id, OffsetDateTime at) {
        jdbc.sql("update assessment_scheme set computed_at = :at where id = :id").param("at", at).param("id", id).update();
    }

    int nextEdition(String code) {
        return jdbc.sql("select coalesce(max(edition), 0) + 1 from assessment_scheme where code = :c").param("c", code)
                .query(Integer.class).single();
    }

    Optional<String> regionPath(String code) {
        return jdbc.sql("select path from pub_region where code = :c").param("c", code).query(String.class).optional();
    }

    /** The unit of a region's leading-group office (which fills a region's self-assessment). */
    Optional<Long> officeUnitOf(String regionCode) {
        return jdbc.sql("""
                select office_unit_id from pub_leading_group where region_code = :r and office_unit_id is not null
                 order by id limit 1""").param("r", regionCode).query(Long.class).optional();
    }

    private void writeContent(long id, SchemeForm f) {
        int seq = 1;
        for (String region : f.regionCodes()) {
            jdbc.sql("insert into assessment_scheme_target (scheme_id, seq, region_code) values (:s, :q, :r)")
                    .param("s", id).param("q", seq++).param("r", region).update();
        }
        for (Long unit : f.unitIds()) {
            jdbc.sql("insert into assessment_scheme_target (scheme_id, seq, unit_id) values (:s, :q, :u)")
                    .param("s", id).param("q", seq++).param("u", unit).update();
        }
        List<Long> categoryIds = new ArrayList<>();
        for (int i = 0; i < f.categories().size(); i++) {
            CategoryForm c = f.categories().get(i);
            Long parent = c.parent() == null ? null : categoryIds.get(c.parent() - 1);
            categoryIds.add(jdbc.sql("""
                    insert into assessment_category (scheme_id, parent_id, seq, name) values (:s, :p, :q, :n)
                    returning id""").param("s", id).param("p", parent).param("q", i + 1).param("n", c.name())
                    .query(Long.class).single());
        }
        for (int i = 0; i < f.items().size(); i++) {
            ItemForm it = f.items().get(i);
            jdbc.sql("""
                    insert into assessment_item (scheme_id, category_id, seq, code, title, kind, max_points, rule,
                                                 evidence, formula_key, formula, no_data)
                    values (:s, :c, :q, :code, :title, :kind, :max, :rule, :evidence, :key, :formula, :noData)""")
                    .param("s", id).param("c", categoryIds.get(it.category() - 1)).param("q", i + 1)
                    .param("code", it.code()).param("title", it.title()).param("kind", it.kind().name())
                    .param("max", it.maxPoints()).param("rule", it.rule()).param("evidence", it.evidence())
                    .param("key", it.formulaKey()).param("formula", it.formula())
                    .param("noData", it.noData().name()).update();
        }
    }

    private static Map<String, Object> header(SchemeForm f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("year", f.year());
        p.put("title", f.title());
        p.put("kind", f.targetKind().name());
        p.put("from", f.periodFrom());
        p.put("to", f.periodTo());
        p.put("a", f.gradeA());
        p.put("b", f.gradeB());
        p.put("c", f.gradeC());
        p.put("cap", f.bonusCap());
        Steps s = f.steps();
        p.put("selfFrom", s.selfFrom());
        p.put("selfTo", s.selfTo());
        p.put("firstFrom", s.firstFrom());
        p.put("firstTo", s.firstTo());
        p.put("secondFrom", s.secondFrom());
        p.put("secondTo", s.secondTo());
        p.put("publishOn", s.publishOn());
        return p;
    }

    private Placed placed(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Scheme s = new Scheme(id, rs.getString("code"), rs.getInt("edition"), rs.getObject("based_on", Long.class),
                rs.getInt("year"), rs.getString("title"), rs.getLong("issuing_unit_id"), rs.getString("unit_name"),
                rs.getString("region_code"), rs.getString("region_name"), TargetKind.valueOf(rs.getString("target_kind")),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                new GradeThresholds(rs.getBigDecimal("grade_a"), rs.getBigDecimal("grade_b"), rs.getBigDecimal("grade_c")),
                rs.getBigDecimal("bonus_cap"),
                new Steps(date(rs, "self_from"), date(rs, "self_to"), date(rs, "first_from"), date(rs, "first_to"),
                        date(rs, "second_from"), date(rs, "second_to"), date(rs, "publish_on")),
                SchemeStatus.valueOf(rs.getString("status")), targets(id), categories(id), items(id),
                instant(rs, "started_at"), instant(rs, "computed_at"), instant(rs, "published_at"),
                rs.getString("created_by"), rs.getInt("version"));
        return new Placed(s, rs.getString("unit_path"), rs.getString("unit_region_path"), rs.getString("region_path"));
    }

    private List<Target> targets(long id) {
        return jdbc.sql("""
                select t.seq, t.region_code, t.unit_id, coalesce(r.name, u.name) as name, coalesce(r.path, u.path) as path
                  from assessment_scheme_target t left join pub_region r on r.code = t.region_code
                  left join pub_unit u on u.id = t.unit_id
                 where t.scheme_id = :id order by t.seq""").param("id", id)
                .query((rs, n) -> new Target(rs.getInt("seq"), rs.getString("region_code"),
                        rs.getObject("unit_id", Long.class), rs.getString("name"), rs.getString("path"))).list();
    }

    private List<Category> categories(long id) {
        return jdbc.sql("select id, parent_id, seq, name from assessment_category where scheme_id = :id order by seq")
                .param("id", id).query((rs, n) -> new Category(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                        rs.getInt("seq"), rs.getString("name"))).list();
    }

    private List<Item> items(long id) {
        return jdbc.sql("select * from assessment_item where scheme_id = :id order by seq").param("id", id)
                .query((rs, n) -> new Item(rs.getLong("id"), rs.getLong("category_id"), rs.getInt("seq"),
                        rs.getString("code"), rs.getString("title"), ItemKind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("max_points"), rs.getString("rule"), rs.getString("evidence"),
                        rs.getString("formula_key"), rs.getString("formula"), NoData.valueOf(rs.getString("no_data"))))
                .list();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime at(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
