package org.shuangda.credit;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An entity's risk grade changed (A–D; {@code previous} is null for its first grade): for early warnings.
 * Grades are never published.
 */
@DomainEvent
public record RiskGradeChanged(long entityId, String previous, String current, String explanation) {
}
