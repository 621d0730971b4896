package org.shuangda.shared.events;

import org.jmolecules.event.annotation.DomainEvent;

/** The cases module registered a clue for a sample's follow-up finding: sampling links the follow-up to it. */
@DomainEvent
public record SampleClueRegistered(long followUpId, long clueId, String clueNumber) {
}
