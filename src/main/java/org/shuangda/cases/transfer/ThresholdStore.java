package org.shuangda.cases.transfer;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The store of the criminal threshold table. */
@Repository
class ThresholdStore {

    private final JdbcClient jdbc;

    ThresholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CriminalThreshold> all() {
        return jdbc.sql("select * from criminal_threshold order by category, sort_order, id")
                .query(ThresholdStore::row).list();
    }

    Optional<CriminalThreshold> find(long id) {
        return jdbc.sql("select * from criminal_threshold where id = :id").param("id", id)
                .query(ThresholdStore::row).optional();
    }

    long insert(CriminalThreshold t) {
        return jdbc.sql("""
                insert into criminal_threshold (category, charge, amount_kind, minimum, basis, active, sort_order,
                                                owner_region_path)
                values (:category, :charge, :kind, :minimum, :basis, :active,
                        (select coalesce(max(sort_order), 0) + 1 from criminal_threshold where category = :category), :owner)
                returning id""")
                .param("owner", t.ownerRegionPath())
                .param("category", t.category()).param("charge", t.charge()).param("kind", t.amountKind().name())
                .param("minimum", t.minimum()).param("basis", t.basis()).param("active", t.active())
                .query(Long.class).single();
    }

    /** Writes the row if it is still at {@code expectedVersion}; false when someone changed it meanwhile. */
    boolean update(CriminalThreshold t, int expectedVersion) {
        return jdbc.sql("""
                update criminal_threshold set category = :category, charge = :charge, amount_kind = :kind,
                       minimum = :minimum, basis = :basis, active = :active, version = version + 1
                 where id = :id and version = :version""")
                .param("category", t.category()).param("charge", t.charge()).param("kind", t.amountKind().name())
                .param("minimum", t.minimum()).param("basis", t.basis()).param("active", t.active())
                .param("id", t.id()).param("version", expectedVersion).update() == 1;
    }

    private static CriminalThreshold row(ResultSet rs, int n) throws SQLException {
        return new CriminalThreshold(rs.getLong("id"), rs.getString("category"), rs.getString("charge"),
                AmountKind.valueOf(rs.getString("amount_kind")), rs.getObject("minimum", BigDecimal.class),
                rs.getString("basis"), rs.getBoolean("active"), rs.getInt("sort_order"), rs.getInt("version"),
                rs.getString("owner_region_path"));
    }
}
