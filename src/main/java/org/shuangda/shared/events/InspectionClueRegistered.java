package org.shuangda.shared.events;

import org.jmolecules.event.annotation.DomainEvent;

/** The cases module registered a clue for an inspection finding: inspections links the result to it. */
@DomainEvent
public record InspectionClueRegistered(long resultId, long clueId, String clueNumber) {
}
