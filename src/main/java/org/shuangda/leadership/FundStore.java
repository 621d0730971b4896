package org.shuangda.leadership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.leadership.FundLedger.Allocation;
import org.shuangda.leadership.FundLedger.Movement;
import org.shuangda.leadership.FundLedger.MovementKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Allocations and movements of campaign funds; unit names from the published view. */
@Repository
class FundStore {

    private final JdbcClient jdbc;

    FundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The campaign's allocations, of one unit when {@code unitId} is not null. */
    List<Allocation> allocations(long campaignId, Long unitId) {
        return jdbc.sql("""
                select a.id, a.unit_id, u.name, a.purpose, a.amount, a.note, a.created_by from fund_allocation a
                  join pub_unit u on u.id = a.unit_id
                 where a.campaign_id = :c and (cast(:u as bigint) is null or a.unit_id = :u)
                 order by u.tree_order, a.id""").param("c", campaignId).param("u", unitId)
                .query((rs, n) -> new Allocation(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        FundPurpose.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    List<Movement> movements(long campaignId, Long unitId) {
        return jdbc.sql("""
                select m.id, m.unit_id, u.name, m.kind, m.purpose, m.amount, m.happened_on, m.document, m.note,
                       m.created_by from fund_movement m join pub_unit u on u.id = m.unit_id
                 where m.campaign_id = :c and (cast(:u as bigint) is null or m.unit_id = :u)
                 order by m.happened_on, m.id""").param("c", campaignId).param("u", unitId)
                .query((rs, n) -> new Movement(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        MovementKind.valueOf(rs.getString(4)), FundPurpose.valueOf(rs.getString(5)),
                        rs.getBigDecimal(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9),
                        rs.getString(10)))
                .list();
    }

    BigDecimal allocated(long campaignId, long unitId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from fund_allocation where campaign_id = :c and unit_id = :u")
                .param("c", campaignId).param("u", unitId).query(BigDecimal.class).single();
    }

    BigDecimal moved(long campaignId, long unitId, MovementKind kind) {
        return jdbc.sql("""
                select coalesce(sum(amount), 0) from fund_movement
                 where campaign_id = :c and unit_id = :u and kind = :k""")
                .param("c", campaignId).param("u", unitId).param("k", kind.name()).query(BigDecimal.class).single();
    }

    /** Serialises writes to one unit's funds of a campaign, so that two disbursements cannot pass the check together. */
    void lock(long campaignId, long unitId) {
        jdbc.sql("select pg_advisory_xact_lock(:c, :u)").param("c", (int) campaignId).param("u", (int) unitId)
                .query((rs, n) -> 1).list();
    }

    long insertAllocation(long campaignId, String regionCode, long unitId, FundPurpose purpose, BigDecimal amount,
            String note, String by) {
        return jdbc.sql("""
                insert into fund_allocation (campaign_id, region_code, unit_id, purpose, amount, note, created_by)
                values (:c, :r, :u, :p, :a, :n, :by) returning id""").param("c", campaignId).param("r", regionCode)
                .param("u", unitId).param("p", purpose.name()).param("a", amount).param("n", note).param("by", by)
                .query(Long.class).single();
    }

    long insertMovement(long campaignId, String regionCode, long unitId, MovementKind kind, FundPurpose purpose,
            BigDecimal amount, LocalDate on, String document, String note, String by) {
        return jdbc.sql("""
                insert into fund_movement (campaign_id, region_code, unit_id, kind, purpose, amount, happened_on,
                                           document, note, created_by)
                values (:c, :r, :u, :k, :p, :a, :on, :d, :n, :by) returning id""").param("c", campaignId)
                .param("r", regionCode).param("u", unitId).param("k", kind.name()).param("p", purpose.name())
                .param("a", amount).param("on", on).param("d", document).param("n", note).param("by", by)
                .query(Long.class).single();
    }
}
