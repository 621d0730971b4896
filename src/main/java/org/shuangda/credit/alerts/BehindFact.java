package org.shuangda.credit.alerts;

import java.time.LocalDate;

/** A credit fact behind a warning (a failed sample, a listing whose display ends, a penalty…). */
public record BehindFact(long id, long entityId, String kind, LocalDate occurredOn, String summary, String regionPath,
        LocalDate publicUntil) {
}
