package org.shuangda.shared.events;

import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The follow-up (核查处置) of a failed sample found a violation that needs enforcement: published by sampling; the
 * cases module registers a clue with source {@code SAMPLING} for {@code unitId} (the unit that followed up) and
 * answers with {@link SampleClueRegistered}. In shared.events because cases sits downstream of sampling's
 * dependencies, as for {@link InspectionFindingReferred}.
 *
 * @param followUpId  the follow-up's id in sampling (the clue's source reference)
 * @param unitId      the unit that followed up and will verify the clue
 * @param entityName  the business (the seller sampled, or the labelled producer)
 * @param entityUscc  its USCC, or null
 * @param content     what was found (the product, the failed items, the finding)
 * @param recordedBy  username of the officer who recorded the follow-up
 * @param foundOn     the day the follow-up was recorded
 */
@DomainEvent
public record SampleViolationReferred(long followUpId, long unitId, String entityName, String entityUscc,
        String content, String recordedBy, LocalDate foundOn) {
}
