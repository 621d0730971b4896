package org.shuangda.credit;

import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A new fact joined an entity's record (published inside the recording transaction; never for a re-delivered
 * one): grades are recomputed and warning triggers looked at.
 */
@DomainEvent
public record CreditFactRecorded(long factId, long entityId, CreditFactKind kind, LocalDate occurredOn,
        String regionPath) {
}
