package org.shuangda.inspections.records;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An inspection record as pages and the API show it. {@code officerTimes} is 出动人次: every unit's officers times
 * the days ({@code days}, first and last day included).
 */
public record InspectionRecord(long id, RecordKind kind, String title, LocalDate startedOn, LocalDate endedOn,
        int days, long leadUnitId, String leadUnitName, List<Participant> units, List<Named> officers,
        List<Named> entities, List<Named> markets, int areasRectified, String areasNote, int densDestroyed,
        String goodsSeized, int itemsSeized, String problems, String followUp, int officerTimes, String createdBy,
        int version, LocalDateTime updatedAt) {

    /** A unit that took part and how many people it sent per day. */
    public record Participant(long unitId, String name, boolean lead, int officers) {
    }

    /** Something named by id: an officer, an entity, a market. */
    public record Named(long id, String name) {
    }

    public List<Participant> jointUnits() {
        return units.stream().filter(u -> !u.lead()).toList();
    }

    public int leadOfficers() {
        return units.stream().filter(Participant::lead).mapToInt(Participant::officers).sum();
    }
}
