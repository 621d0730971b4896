package org.shuangda.shared.events;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * The cases module registered a clue for a referred tip: complaints links the filing to it.
 *
 * @param filingId   the filing the clue came from
 * @param clueId     the clue's id in cases
 * @param clueNumber the clue's number as people read it
 */
@DomainEvent
public record ClueRegistered(long filingId, long clueId, String clueNumber) {
}
