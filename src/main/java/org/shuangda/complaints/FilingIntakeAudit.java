package org.shuangda.complaints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends the CREATE audit entries of new filings (flag {@code audited = false}, migration V43) in batches:
 * one chain lock per batch instead of one per intake, so intakes commit in parallel. The entry names the
 * channel's user (API client, agent or "public"), who registered the filing, and carries no personal data. A
 * crash before the batch commits leaves the flags set and the next run writes the entries.
 */
@Component
class FilingIntakeAudit {

    private static final int BATCH = 500;
    /** The job that writes the entries; each names the filing's registrar, not the job. */
    private static final Actor JOB = Actor.system("投诉举报受理审计");

    private final FilingStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    FilingIntakeAudit(FilingStore store, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.store = store;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${shuangda.complaints.audit-delay-ms:500}")
    void scheduled() {
        while (appendBatch() == BATCH) {
            // keep going while the outbox is full
        }
    }

    /** Audits up to 500 new filings in one transaction (so one chain lock for all); returns how many. */
    public int appendBatch() {
        Integer count = transaction.execute(status -> batch());
        return count == null ? 0 : count;
    }

    private int batch() {
        List<Map<String, Object>> rows = store.unaudited(BATCH);
        for (Map<String, Object> row : rows) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (String column : List.of("track", "channel", "category", "region_code", "target_name", "target_uscc",
                    "anonymous", "unit", "attachments", "received_at")) {
                fields.put(column, row.get(column) == null ? null : String.valueOf(row.get(column)));
            }
            events.publishEvent(new AuditableChange(AuditAction.CREATE, "filing", String.valueOf(row.get("id")),
                    (String) row.get("tracking_no"), Map.of(), fields, (String) row.get("created_by"), JOB));
        }
        if (!rows.isEmpty()) {
            store.markAudited(rows.stream().map(r -> ((Number) r.get("id")).longValue()).toArray(Long[]::new));
        }
        return rows.size();
    }
}
