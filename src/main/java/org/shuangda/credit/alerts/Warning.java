package org.shuangda.credit.alerts;

import java.time.Instant;
import java.util.List;

/**
 * A warning raised (预警): what it watches, where (its region decides who sees it), the facts and filings behind
 * it, and its acknowledgement (who, when, with which note).
 */
public record Warning(long id, WarningKind kind, String subject, Long entityId, String regionPath, String summary,
        List<Long> factIds, List<Long> filingIds, Instant raisedAt, Instant acknowledgedAt, String acknowledgedBy,
        String ackNote, int version) {

    public Warning {
        factIds = factIds == null ? List.of() : List.copyOf(factIds);
        filingIds = filingIds == null ? List.of() : List.copyOf(filingIds);
    }

    public boolean open() {
        return acknowledgedAt == null;
    }
}
