package org.shuangda.credit.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code credit_warning_rule} table (V159). */
@Repository
class WarningRuleStore {

    private static final String COLUMNS = """
            select id, kind, owner_region_path, enabled, threshold, window_days, grade, version, updated_at, updated_by
              from credit_warning_rule
            """;

    private final JdbcClient jdbc;

    WarningRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WarningRule> all() {
        return jdbc.sql(COLUMNS + " order by kind, owner_region_path nulls first").query(WarningRuleStore::map).list();
    }

    Optional<WarningRule> find(WarningKind kind, String ownerRegionPath) {
        return jdbc.sql(COLUMNS + " where kind = :kind and coalesce(owner_region_path, '') = coalesce(:owner, '')")
                .param("kind", kind.name()).param("owner", ownerRegionPath).query(WarningRuleStore::map).optional();
    }

    /** A level's own version; empty when one was added meanwhile (the caller answers as stale). */
    Optional<Long> insert(WarningKind kind, String ownerRegionPath, WarningRules.Valid v, String by) {
        return jdbc.sql("""
                        insert into credit_warning_rule (kind, owner_region_path, enabled, threshold, window_days,
                                                         grade, updated_by)
                        values (:kind, :owner, :enabled, :threshold, :window, :grade, :by)
                        on conflict do nothing returning id""")
                .param("kind", kind.name()).param("owner", ownerRegionPath).param("enabled", v.enabled())
                .param("threshold", v.threshold()).param("window", v.windowDays()).param("grade", v.grade())
                .param("by", by).query(Long.class).optional();
    }

    boolean update(long id, int expected, WarningRules.Valid v, String by) {
        return jdbc.sql("""
                        update credit_warning_rule
                           set enabled = :enabled, threshold = :threshold, window_days = :window, grade = :grade,
                               updated_by = :by, updated_at = now(), version = version + 1
                         where id = :id and version = :expected""")
                .param("enabled", v.enabled()).param("threshold", v.threshold()).param("window", v.windowDays())
                .param("grade", v.grade()).param("by", by).param("id", id).param("expected", expected)
                .update() == 1;
    }

    private static WarningRule map(ResultSet rs, int n) throws SQLException {
        return new WarningRule(rs.getLong("id"), WarningKind.valueOf(rs.getString("kind")),
                rs.getString("owner_region_path"), rs.getBoolean("enabled"), rs.getInt("threshold"),
                rs.getInt("window_days"), rs.getString("grade"), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
