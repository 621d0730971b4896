package org.shuangda.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shuangda.calendar.ClockUnit;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.shared.ConfigOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code statutory_rule} table (V111): a few dozen versions of the statutory periods. */
@Repository
class RuleStore {

    private static final String COLUMNS = "id, rule_key, owner_region_path, name, amount, unit, extension_amount, "
            + "pauses, source, effective_from";

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StatutoryRule> all() {
        return jdbc.sql("select " + COLUMNS + " from statutory_rule order by rule_key, owner_region_path nulls first, "
                + "effective_from").query((rs, n) -> new StatutoryRule(rs.getString("rule_key"), rs.getString("name"),
                        rs.getInt("amount"), ClockUnit.valueOf(rs.getString("unit")),
                        (Integer) rs.getObject("extension_amount"), rs.getString("pauses"), rs.getString("source"),
                        rs.getObject("effective_from", LocalDate.class),
                        ConfigOwner.of(rs.getString("owner_region_path"))))
                .list();
    }

    /** The id of the version of {@code key} by {@code owner} taking effect on {@code from}, if there is one. */
    Optional<Long> versionId(String key, ConfigOwner owner, LocalDate from) {
        return jdbc.sql("""
                select id from statutory_rule where rule_key = :key and effective_from = :from
                  and coalesce(owner_region_path, '') = coalesce(:owner, '')""")
                .param("key", key).param("from", from).param("owner", owner.regionPath())
                .query(Long.class).optional();
    }

    long insert(StatutoryRule r, String by) {
        return jdbc.sql("""
                insert into statutory_rule (rule_key, owner_region_path, name, amount, unit, extension_amount, pauses,
                                            source, effective_from, changed_by)
                values (:key, :owner, :name, :amount, :unit, :ext, :pauses, :source, :from, :by) returning id""")
                .param("key", r.key()).param("owner", r.owner().regionPath()).param("name", r.name())
                .param("amount", r.amount()).param("unit", r.unit().name()).param("ext", r.extensionAmount())
                .param("pauses", r.pauses()).param("source", r.source()).param("from", r.effectiveFrom())
                .param("by", by).query(Long.class).single();
    }

    void update(long id, StatutoryRule r, String by) {
        jdbc.sql("""
                update statutory_rule set name = :name, amount = :amount, unit = :unit, extension_amount = :ext,
                       pauses = :pauses, source = :source, changed_at = now(), changed_by = :by
                 where id = :id""")
                .param("id", id).param("name", r.name()).param("amount", r.amount()).param("unit", r.unit().name())
                .param("ext", r.extensionAmount()).param("pauses", r.pauses()).param("source", r.source())
                .param("by", by).update();
    }
}
