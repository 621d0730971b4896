package org.shuangda.leadership;

import java.time.LocalDate;
import java.util.List;

/** The minutes' sections and decisions as the office writes them on the page. */
public record MinutesForm(String considers, String points, String emphasises, String requires,
        List<DecisionForm> decisions, Integer version) {

    /**
     * One decision: text, lead unit, cooperating units, deadline (optional), and optionally the work group it is
     * given to (whose lead unit then leads when none is named, with the group's members' units cooperating).
     */
    public record DecisionForm(String text, Long leadUnitId, List<Long> cooperatorIds, LocalDate dueOn,
            Long workGroupId) {

        public DecisionForm {
            cooperatorIds = cooperatorIds == null ? List.of() : List.copyOf(cooperatorIds);
        }

        public DecisionForm(String text, Long leadUnitId, List<Long> cooperatorIds, LocalDate dueOn) {
            this(text, leadUnitId, cooperatorIds, dueOn, null);
        }
    }

    public MinutesForm {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        version = version == null ? 0 : version;
    }
}
