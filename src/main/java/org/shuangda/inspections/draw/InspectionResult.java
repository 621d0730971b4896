package org.shuangda.inspections.draw;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded result with its publication clock (due 20 working days after the inspection) and its clue, if any. */
public record InspectionResult(long id, long drawId, long taskId, String taskTitle, long entityId, String entityName,
        String entityType, String uscc, ResultCode code, List<ResultDraft.PointOutcome> points, String note,
        boolean signed, boolean needsEnforcement, LocalDate inspectedOn, LocalDate publishDue, String recordedByName,
        Instant recordedAt, Instant publishedAt, Long clueId, String clueNumber, String unitPath, String regionPath) {

    public boolean published() {
        return publishedAt != null;
    }

    public boolean overdue(LocalDate today) {
        return !published() && today.isAfter(publishDue);
    }

    /** The entity as the public sees it (a person's name masked). */
    public String publicEntityName() {
        return PublicMask.entity(entityName, entityType);
    }
}
