package org.shuangda.inspections.records;

import java.util.List;
import java.util.Objects;
import org.shuangda.shared.MaxLength;
import org.shuangda.shared.MultiLine;

/**
 * What an officer fills in for an inspection record (page form and API body alike). Dates as ISO text
 * ({@code 2026-12-01}). {@code leadOfficers} is how many people the lead unit sent per day (default: the officers
 * named); {@code jointUnitIds} and {@code jointOfficers} run in parallel, one count per joint unit.
 */
public record RecordForm(String kind, String title, String startedOn, String endedOn, Long leadUnitId,
        Integer leadOfficers, List<Long> officerIds, List<Long> jointUnitIds, List<Integer> jointOfficers,
        List<Long> entityIds, List<Long> marketIds, Integer areasRectified, String areasNote, Integer densDestroyed,
        String goodsSeized, Integer itemsSeized, @MultiLine @MaxLength(2000) String problems,
        @MultiLine @MaxLength(2000) String followUp, Integer version) {

    public RecordForm {
        officerIds = ids(officerIds);
        jointUnitIds = ids(jointUnitIds);
        jointOfficers = jointOfficers == null ? List.of() : jointOfficers;
        entityIds = ids(entityIds);
        marketIds = ids(marketIds);
    }

    private static List<Long> ids(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList();
    }
}
