package org.shuangda.entities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public look-up's SQL. Each variant is a constant the planner sees as a plain predicate: the USCC's unique
 * index, the name's trigram index ({@code like '%…%'}, three characters or more) or its prefix index
 * ({@code like '…%'}, V212). A common word ("有限公司") matches many rows, so the closest are ranked among the first
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

    List<PublicEntity> byNamePart(String text, int limit) {
        return ranked("e.name like :like escape '\\'", "%" + escaped(text) + "%", text, limit);
    }

    List<PublicEntity> byNamePrefix(String text, int limit) {
        return ranked("e.name like :like escape '\\'", escaped(text) + "%", text, limit);
    }

    Optional<PublicEntity> find(long id) {
        return jdbc.sql(COLUMNS + " where e.id = :id").param("id", id).query(PublicEntityStore::row).optional();
    }

    private List<PublicEntity> ranked(String where, String like, String text, int limit) {
        return jdbc.sql("""
                select c.id, c.name, c.uscc, c.entity_type, r.name as region_name, r.path as region_path
                  from (select e.id, e.name, e.uscc, e.entity_type, e.region_code
                          from market_entity e
                         where\s""" + where + " and " + NOT_A_PERSON + """
                         limit :candidates) c
                  join pub_region r on r.code = c.region_code
                 order by (c.name = :text) desc, char_length(c.name), c.id
                 limit :limit""")
                .param("like", like).param("text", text).param("candidates", CANDIDATES).param("limit", limit)
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
