package org.shuangda.credit;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A fact to record (see {@link CreditFact} for the fields). {@code publicFrom}/{@code publicUntil} follow from the
 * tier and are set by whoever knows the rule (the penalty intake, the lists).
 */
public record NewCreditFact(long entityId, CreditFactKind kind, String sourceModule, String sourceRef,
        LocalDate occurredOn, Long unitId, String regionPath, String summary, Map<String, Object> detail,
        DisplayTier tier, LocalDate publicFrom, LocalDate publicUntil) {

    public NewCreditFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceModule, "sourceModule");
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(regionPath, "regionPath");
        Objects.requireNonNull(summary, "summary");
        detail = detail == null ? Map.of() : Map.copyOf(detail);
        tier = tier == null ? DisplayTier.NOT_SHOWN : tier;
    }
}
