package org.shuangda.briefings;

import java.util.List;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.reporting.SubmissionStatus;

/**
 * How the expected units stood in one round: praised (submitted on time and accepted: 按时报送,数据完整),
 * late (submitted after the on-time cut-off: 未按时报送) and missing (nothing submitted: 至今未报送). A unit
 * submitted on time but still under review or returned is none of these.
 */
record UnitStanding(int expected, int submitted, List<String> praised, List<String> late, List<String> missing) {

    static UnitStanding of(List<RoundProgress.Line> lines) {
        List<String> praised = lines.stream()
                .filter(l -> l.status() == SubmissionStatus.ACCEPTED && Boolean.TRUE.equals(l.onTime()))
                .map(RoundProgress.Line::unitName).toList();
        List<String> late = lines.stream().filter(l -> l.submittedAt() != null && Boolean.FALSE.equals(l.onTime()))
                .map(RoundProgress.Line::unitName).toList();
        List<String> missing = lines.stream().filter(l -> l.submittedAt() == null)
                .map(RoundProgress.Line::unitName).toList();
        return new UnitStanding(lines.size(), lines.size() - missing.size(), praised, late, missing);
    }

    int onTime() {
        return submitted - late.size();
    }

    /** "A、B、C" */
    static String names(List<String> units) {
        return String.join("、", units);
    }
}
