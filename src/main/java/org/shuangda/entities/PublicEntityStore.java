package org.shuangda.entities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public look-up's SQL. Each variant is a constant the planner sees as a plain predicate: the USCC's unique
 * index, the name's trigram index ({@code like '%…%'}, three characters or more) or its prefix index
 * (a range, V212). A common word ("有限公司") matches many rows, so the closest are ranked among the first
 * {@link #CANDIDATES} the index hands back rather than among all of them.
 */
@Repository
class PublicEntityStore {

    static final int CANDIDATES = 400;

    private static final String COLUMNS = """
            select e.id, e.name, e.uscc, e.entity_type, r.name as region_name, r.path as region_path
              from market_entity e join pub_region r on r.code = e.region_code
            """;
    /** A person's bare name is never found by name (PublicEntities.BARE_NAME_MAX). */
    private static final String NOT_A_PERSON = """
             not (e.entity_type = 'INDIVIDUAL_BUSINESS' and char_length(e.name) <= 4)""";

    private final JdbcClient jdbc;

    PublicEntityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PublicEntity> byUscc(String uscc) {
        return jdbc.sql(COLUMNS + " where e.uscc = :uscc").param("uscc", uscc).query(PublicEntityStore::row).optional();
    }

    /**
     * A part of the name, three characters or more: the trigram index. Plans are made for the pattern at hand
     * (transaction-local {@code plan_cache_mode}): a plan made once for any pattern would guess its selectivity and
     * may scan the table with the limit in mind, which for a rare name reads every row.
     */
    List<PublicEntity> byNamePart(String text, int limit) {
        jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query().listOfRows();
        return ranked("e.name like :like escape '\\'", Map.of("like", "%" + escaped(text) + "%"), text, limit);
    }

    /**
     * Two characters: names starting with them, as a range on the {@code text_pattern_ops} index (V212) — a range
     * with bound parameters uses the index in any plan, where {@code like :p} would need the pattern in the SQL.
     */
    List<PublicEntity> byNamePrefix(String text, int limit) {
        int last = text.codePointBefore(text.length());
        String upper = text.substring(0, text.length() - Character.charCount(last)) + Character.toString(last + 1);
        return ranked("e.name ~>=~ :lo and e.name ~<~ :hi", Map.of("lo", text, "hi", upper), text, limit);
    }

    Optional<PublicEntity> find(long id) {
        return jdbc.sql(COLUMNS + " where e.id = :id").param("id", id).query(PublicEntityStore::row).optional();
    }

    private List<PublicEntity> ranked(String where, Map<String, Object> params, String text, int limit) {
        return jdbc.sql("""
                select c.id, c.name, c.uscc, c.entity_type, r.name as region_name, r.path as region_path
                  from (select e.id, e.name, e.uscc, e.entity_type, e.region_code
                          from market_entity e
                         where\s""" + where + " and " + NOT_A_PERSON + """
                         limit :candidates) c
                  join pub_region r on r.code = c.region_code
                 order by (c.name = :text) desc, char_length(c.name), c.id
                 limit :limit""")
                .params(params).param("text", text).param("candidates", CANDIDATES).param("limit", limit)
                .query(PublicEntityStore::row).list();
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static PublicEntity row(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("entity_type");
        return new PublicEntity(rs.getLong("id"), PublicEntities.publicName(rs.getString("name"), type),
                rs.getString("uscc"), EntityType.valueOf(type), rs.getString("region_name"), rs.getString("region_path"));
    }
}
