package org.shuangda.briefings;

import java.util.ArrayList;
import java.util.List;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.reporting.SubmissionStatus;

/**
 * How the expected units stood in one round, as one tally every sentence of a 通报 reads from. Each unit is in
 * exactly one of four groups, so {@code onTime + late + returned + missing == expected}:
 * <ul>
 * <li>returned (退回修改): its submission was sent back and is not yet resubmitted;</li>
 * <li>missing (至今未报送): nothing handed in (no submission, or only a draft);</li>
 * <li>late (未按时报送): handed in after the on-time cut-off;</li>
 * <li>on time (按时报送): handed in on time — of those, the accepted ones are praised (按时报送，数据完整) and the
 * others are still under review.</li>
 * </ul>
 */
record UnitStanding(int expected, List<String> onTime, List<String> praised, List<String> late,
        List<String> returned, List<String> missing) {

    UnitStanding {
        onTime = List.copyOf(onTime);
        praised = List.copyOf(praised);
        late = List.copyOf(late);
        returned = List.copyOf(returned);
        missing = List.copyOf(missing);
        if (onTime.size() + late.size() + returned.size() + missing.size() != expected) {
            throw new IllegalArgumentException("the groups do not add up to " + expected);
        }
    }

    static UnitStanding of(List<RoundProgress.Line> lines) {
        List<String> onTime = new ArrayList<>();
        List<String> praised = new ArrayList<>();
        List<String> late = new ArrayList<>();
        List<String> returned = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RoundProgress.Line l : lines) {
            if (l.status() == SubmissionStatus.RETURNED) {
                returned.add(l.unitName());
            } else if (l.submittedAt() == null || l.status() == null || l.status() == SubmissionStatus.DRAFT) {
                missing.add(l.unitName());
            } else if (Boolean.FALSE.equals(l.onTime())) {
                late.add(l.unitName());
            } else {
                onTime.add(l.unitName());
                if (l.status() == SubmissionStatus.ACCEPTED) {
                    praised.add(l.unitName());
                }
            }
        }
        return new UnitStanding(lines.size(), onTime, praised, late, returned, missing);
    }

    /** Handed in and not sent back: on time or late. */
    int submitted() {
        return onTime.size() + late.size();
    }

    /** On time but not yet accepted (审核中). */
    int underReview() {
        return onTime.size() - praised.size();
    }

    /** "A、B、C" */
    static String names(List<String> units) {
        return String.join("、", units);
    }

    /**
     * The units as a 通报 names them: all of them when {@code limit} or fewer ("A、B"), else the first {@code limit}
     * and "等N个单位" with N the whole count ("A、B、C等12个单位"); "等" only when more than listed.
     */
    static String listed(List<String> units, int limit) {
        if (units.size() <= limit) {
            return names(units);
        }
        return names(units.subList(0, limit)) + "等" + units.size() + "个单位";
    }
}
