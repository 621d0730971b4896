package org.shuangda.leadership;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shuangda.leadership.SoftwareLedger.Category;
import org.shuangda.leadership.SoftwareLedger.Check;
import org.shuangda.leadership.SoftwareLedger.CheckKind;
import org.shuangda.leadership.SoftwareLedger.Entry;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The software ledgers of units, their entries and checks. */
@Repository
class SoftwareStore {

    /** One unit's totals for the overview: computers, installations, covered installations, latest check. */
    record UnitTotals(long unitId, String unitName, String regionName, Integer computers, int installed, int covered,
            LocalDate lastChecked) {

        public BigDecimal licensedRate() {
            return SoftwareLedger.rate(covered, installed);
        }
    }

    private final JdbcClient jdbc;

    SoftwareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SoftwareLedger ledger(long unitId, String unitName) {
        Optional<int[]> profile = jdbc.sql("select computers, version from software_unit where unit_id = :u")
                .param("u", unitId).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional();
        List<Entry> entries = jdbc.sql("select * from software_entry where unit_id = :u order by category, product, id")
                .param("u", unitId).query(SoftwareStore::entry).list();
        List<Check> checks = jdbc.sql("select * from software_check where unit_id = :u order by checked_on desc, id desc")
                .param("u", unitId).query(SoftwareStore::check).list();
        return new SoftwareLedger(unitId, unitName, profile.map(p -> p[0]).orElse(null), entries, checks,
                profile.map(p -> p[1]).orElse(0));
    }

    /** Every unit with a ledger, or of the regions {@code reach} covers, by region and unit order. */
    List<UnitTotals> totals(SqlPredicate reach) {
        return jdbc.sql("""
                select u.id, u.name, u.region_name, s.computers,
                       coalesce((select sum(e.installed) from software_entry e where e.unit_id = u.id), 0) as installed,
                       coalesce((select sum(least(e.installed, e.licensed)) from software_entry e where e.unit_id = u.id), 0)
                           as covered,
                       (select max(c.checked_on) from software_check c where c.unit_id = u.id) as last_checked
                  from pub_unit u left join software_unit s on s.unit_id = u.id
                 where (s.unit_id is not null or exists (select 1 from software_entry e where e.unit_id = u.id))
                   and\s""" + reach.sql() + " order by u.tree_order").params(reach.params())
                .query((rs, n) -> new UnitTotals(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Integer.class), rs.getInt(5), rs.getInt(6),
                        rs.getObject(7, LocalDate.class))).list();
    }

    Optional<Entry> entry(long unitId, long id) {
        return jdbc.sql("select * from software_entry where unit_id = :u and id = :id").param("u", unitId)
                .param("id", id).query(SoftwareStore::entry).optional();
    }

    void saveComputers(long unitId, String regionCode, int computers, String by) {
        jdbc.sql("""
                insert into software_unit (unit_id, region_code, computers, updated_by) values (:u, :r, :c, :by)
                on conflict (unit_id) do update set computers = excluded.computers, updated_by = excluded.updated_by,
                       updated_at = now(), version = software_unit.version + 1""")
                .param("u", unitId).param("r", regionCode).param("c", computers).param("by", by).update();
    }

    long insert(long unitId, String regionCode, Entry e, String by) {
        return jdbc.sql("""
                insert into software_entry (unit_id, region_code, category, product, installed, licensed,
                       licence_expires_on, procured_on, procurement_amount, rectification, updated_by)
                values (:u, :r, :cat, :product, :installed, :licensed, :expires, :procured, :amount, :rect, :by)
                returning id""").param("u", unitId).param("r", regionCode).param("cat", e.category().name())
                .param("product", e.product()).param("installed", e.installed()).param("licensed", e.licensed())
                .param("expires", e.licenceExpiresOn()).param("procured", e.procuredOn())
                .param("amount", e.procurementAmount()).param("rect", e.rectification()).param("by", by)
                .query(Long.class).single();
    }

    boolean update(long unitId, Entry e, String by) {
        return jdbc.sql("""
                update software_entry set category = :cat, product = :product, installed = :installed,
                       licensed = :licensed, licence_expires_on = :expires, procured_on = :procured,
                       procurement_amount = :amount, rectification = :rect, updated_by = :by, updated_at = now(),
                       version = version + 1
                 where id = :id and unit_id = :u and version = :version""")
                .param("cat", e.category().name()).param("product", e.product()).param("installed", e.installed())
                .param("licensed", e.licensed()).param("expires", e.licenceExpiresOn())
                .param("procured", e.procuredOn()).param("amount", e.procurementAmount())
                .param("rect", e.rectification()).param("by", by).param("id", e.id()).param("u", unitId)
                .param("version", e.version()).update() == 1;
    }

    void delete(long unitId, long id) {
        jdbc.sql("delete from software_entry where id = :id and unit_id = :u").param("id", id).param("u", unitId)
                .update();
    }

    long insertCheck(long unitId, String regionCode, CheckKind kind, LocalDate on, String by, SoftwareLedger l,
            String findings, LocalDate rectifyBy) {
        return jdbc.sql("""
                insert into software_check (unit_id, region_code, kind, checked_on, checked_by, computers, installed,
                       licensed, covered, findings, rectify_by)
                values (:u, :r, :k, :on, :by, :computers, :installed, :licensed, :covered, :findings, :rectify)
                returning id""").param("u", unitId).param("r", regionCode).param("k", kind.name()).param("on", on)
                .param("by", by).param("computers", l.computers() == null ? 0 : l.computers())
                .param("installed", l.installed()).param("licensed", l.licensed()).param("covered", l.covered())
                .param("findings", findings).param("rectify", rectifyBy).query(Long.class).single();
    }

    void linkTask(long checkId, long taskId) {
        jdbc.sql("update software_check set task_id = :t where id = :id").param("t", taskId).param("id", checkId)
                .update();
    }

    /** The unit's latest check in {@code from..to}, and how many checks it had then. */
    Optional<Check> latestCheck(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from software_check where unit_id = :u and checked_on between :from and :to
                 order by checked_on desc, id desc limit 1""").param("u", unitId).param("from", from).param("to", to)
                .query(SoftwareStore::check).optional();
    }

    long inspections(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) from software_check where unit_id = :u and kind = 'INSPECTION'
                   and checked_on between :from and :to""").param("u", unitId).param("from", from).param("to", to)
                .query(Long.class).single();
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getLong("id"), Category.valueOf(rs.getString("category")), rs.getString("product"),
                rs.getInt("installed"), rs.getInt("licensed"), rs.getObject("licence_expires_on", LocalDate.class),
                rs.getObject("procured_on", LocalDate.class), rs.getBigDecimal("procurement_amount"),
                rs.getString("rectification"), rs.getInt("version"));
    }

    private static Check check(ResultSet rs, int n) throws SQLException {
        return new Check(rs.getLong("id"), CheckKind.valueOf(rs.getString("kind")),
                rs.getObject("checked_on", LocalDate.class), rs.getString("checked_by"), rs.getInt("computers"),
                rs.getInt("installed"), rs.getInt("licensed"), rs.getInt("covered"), rs.getString("findings"),
                rs.getObject("rectify_by", LocalDate.class), rs.getObject("task_id", Long.class));
    }
}
