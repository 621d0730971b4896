package org.shuangda.demo;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks up the demo county's 工商局, its two users (officer and reporter) and its market entities. A bean, so
 * that demo steps need no {@code JdbcClient} of their own to use it.
 */
@Component
final class DemoCaseUnits {

    record County(long unitId, List<Long> officers, List<Long> entities, String abbreviation) {

        long entity(int i) {
            return entities.get(i % entities.size());
        }

        /** e.g. 黎工商罚〔2026〕1号 (the demo's own numbering of decisions). */
        String decisionNumber(int i) {
            return abbreviation.replace("处", "") + "罚〔" + java.time.Year.now().getValue() + "〕" + (i + 1) + "号";
        }
    }

    private final JdbcClient jdbc;

    DemoCaseUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    County county(String regionCode, String prefix) {
        long unit = jdbc.sql("select unit_id from app_user where username = :u").param("u", prefix + ".officer")
                .query(Long.class).single();
        List<Long> officers = jdbc.sql("select id from app_user where username in (:a, :b) order by id")
                .param("a", prefix + ".officer").param("b", prefix + ".reporter").query(Long.class).list();
        List<Long> entities = jdbc.sql("""
                select id from market_entity where region_code like :r and entity_type = 'ENTERPRISE'
                 order by id limit 8""").param("r", regionCode.substring(0, 6) + "%").query(Long.class).list();
        if (entities.isEmpty()) {
            entities = jdbc.sql("select id from market_entity where region_code like :r order by id limit 8")
                    .param("r", regionCode + "%").query(Long.class).list();
        }
        String abbreviation = jdbc.sql("select coalesce(case_abbreviation, short_name || '处') from unit where id = :id")
                .param("id", unit).query(String.class).single();
        return new County(unit, officers, entities, abbreviation);
    }
}
