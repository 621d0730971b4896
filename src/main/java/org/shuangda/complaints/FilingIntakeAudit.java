package org.shuangda.complaints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends the CREATE audit entries of new filings (flag {@code audited = false}, migration V43) in batches:
 * one chain lock per batch instead of one per intake, so intakes commit in parallel. The entry names the
 * channel's user (API client, agent or "public") and carries no personal data. A crash before the batch
 * commits leaves the flags set and the next run writes the entries.
 */
@Component
class FilingIntakeAudit {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    FilingIntakeAudit(JdbcClient jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${shuangda.complaints.audit-delay-ms:500}")
    void scheduled() {
        while (appendBatch() == 500) {
            // keep going while the outbox is full
        }
    }

    /** Audits up to 500 new filings in one transaction (so one chain lock for all); returns how many. */
    public int appendBatch() {
        Integer count = transaction.execute(status -> batch());
        return count == null ? 0 : count;
    }

    private int batch() {
        List<Map<String, Object>> rows = jdbc.sql("""
                select f.id, f.tracking_no, f.track, f.channel, f.category, f.region_code, f.target_name, f.target_uscc,
                       f.anonymous, u.name as unit, f.created_by, f.received_at,
                       (select count(*) from filing_attachment a where a.filing_id = f.id) as attachments
                  from filing f join unit u on u.id = f.unit_id
                 where not f.audited order by f.id limit 500 for update of f skip locked""")
                .query().listOfRows();
        for (Map<String, Object> row : rows) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (String column : List.of("track", "channel", "category", "region_code", "target_name", "target_uscc",
                    "anonymous", "unit", "attachments", "received_at")) {
                fields.put(column, row.get(column) == null ? null : String.valueOf(row.get(column)));
            }
            events.publishEvent(new AuditableChange(AuditAction.CREATE, "filing", String.valueOf(row.get("id")),
                    (String) row.get("tracking_no"), Map.of(), fields, (String) row.get("created_by")));
        }
        if (!rows.isEmpty()) {
            jdbc.sql("update filing set audited = true where id = any(:ids)")
                    .param("ids", rows.stream().map(r -> ((Number) r.get("id")).longValue()).toArray(Long[]::new))
                    .update();
        }
        return rows.size();
    }
}
