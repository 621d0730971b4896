package org.shuangda.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One fact of an entity's credit record, as stored.
 *
 * @param id           the row
 * @param entityId     the market entity (entities module's id)
 * @param kind         what it records
 * @param sourceModule the module that owns the fact ({@code cases}, {@code complaints}, {@code credit}, …)
 * @param sourceRef    the owning record, e.g. {@code case:42}, {@code filing:7}, {@code listing:3}: with the kind,
 *                     the key that makes recording idempotent
 * @param occurredOn   the day of the fact (decision day, listing day…)
 * @param unitId       the authority (deciding or listing unit), or null
 * @param regionPath   the authority's region path (scope of lists and warnings)
 * @param summary      one line in Chinese, e.g. "行政处罚：罚款人民币30,000.00元（黎工商罚〔2026〕2号）"
 * @param detail       further fields by kind (amounts, penalty kinds, grounds…), never personal data
 * @param tier         the public display tier
 * @param publicFrom   first day shown publicly, or null when never shown
 * @param publicUntil  last day shown publicly, or null while open-ended (a listing not yet removed)
 * @param hiddenAt     when its display ended (period over, restored, removed), or null while shown
 * @param hiddenReason why it ended, e.g. "公示期满", "信用修复"
 * @param recordedAt   when the row was written
 */
public record CreditFact(long id, long entityId, CreditFactKind kind, String sourceModule, String sourceRef,
        LocalDate occurredOn, Long unitId, String regionPath, String summary, Map<String, Object> detail,
        DisplayTier tier, LocalDate publicFrom, LocalDate publicUntil, Instant hiddenAt, String hiddenReason,
        Instant recordedAt) {

    public CreditFact {
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }

    /** Whether the public sees it on {@code day}. */
    public boolean shownOn(LocalDate day) {
        return hiddenAt == null && publicFrom != null && !day.isBefore(publicFrom)
                && (publicUntil == null || !day.isAfter(publicUntil));
    }
}
