package org.shuangda.entities;

import java.time.LocalDate;

/**
 * An entity's establishment date (成立日期) was set or changed: what set-based computations that count an
 * entity's age (credit's risk grades: 新设立主体) redo for this entity at once instead of at their next full run.
 *
 * @param establishedOn the new date, null when it was cleared
 */
public record EntityEstablishmentChanged(long entityId, LocalDate establishedOn) {
}
