package org.shuangda.shared.events;

import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A random inspection (双随机) found something that needs enforcement: published by inspections; the cases module
 * registers a clue with source {@code INSPECTION} for {@code unitId} and answers with {@link InspectionClueRegistered}.
 * In shared.events because cases sits downstream of inspections' dependencies.
 *
 * @param resultId    the result's id in inspections (the clue's source reference)
 * @param unitId      the unit that carried out the inspection and will verify the clue
 * @param entityName  the entity inspected
 * @param entityUscc  its unified social credit code, or null
 * @param content     what was found (result code in words, the failed points, the inspector's note)
 * @param recordedBy  username of the inspector who recorded the result
 * @param inspectedOn the day of the inspection
 */
@DomainEvent
public record InspectionFindingReferred(long resultId, long unitId, String entityName, String entityUscc,
        String content, String recordedBy, LocalDate inspectedOn) {
}
