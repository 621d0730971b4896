package org.shuangda.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.reporting.SubmissionStatus;

/** One tally for a 通报: on time, late, returned and missing add up; "等N个单位" only when more than named. */
class UnitStandingTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 30, 10, 0);

    @Test
    void returnedUnitsAreCountedApartAndTheGroupsAddUpToTheTotal() {
        List<RoundProgress.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            lines.add(line("按时" + i, SubmissionStatus.ACCEPTED, AT, true));
        }
        lines.add(line("审核中", SubmissionStatus.SUBMITTED, AT, true));
        lines.add(line("退回甲", SubmissionStatus.RETURNED, AT, true));
        lines.add(line("退回乙", SubmissionStatus.RETURNED, AT, false));
        lines.add(line("迟报", SubmissionStatus.ACCEPTED, AT, false));
        lines.add(line("草稿", SubmissionStatus.DRAFT, null, null));
        lines.add(line("未报", null, null, null));

        UnitStanding s = UnitStanding.of(lines);

        assertThat(s.expected()).isEqualTo(24);
        assertThat(s.onTime()).hasSize(19);
        assertThat(s.praised()).hasSize(18);
        assertThat(s.underReview()).isEqualTo(1);
        assertThat(s.late()).containsExactly("迟报");
        assertThat(s.returned()).containsExactly("退回甲", "退回乙");
        assertThat(s.missing()).containsExactly("草稿", "未报");
        assertThat(s.onTime().size() + s.late().size() + s.returned().size() + s.missing().size())
                .isEqualTo(s.expected());
        assertThat(RoundBriefingText.tally(s)).isEqualTo("按时报送19个，逾期报送1个，退回修改2个，未报送2个。");
    }

    @Test
    void etcOnlyWhenMoreThanListed() {
        assertThat(UnitStanding.listed(List.of("甲"), 10)).isEqualTo("甲");
        assertThat(UnitStanding.listed(List.of("甲", "乙", "丙"), 3)).isEqualTo("甲、乙、丙");
        assertThat(UnitStanding.listed(List.of("甲", "乙", "丙"), 2)).isEqualTo("甲、乙等3个单位");
    }

    @Test
    void allOnTimeSaysSo() {
        UnitStanding s = UnitStanding.of(List.of(line("甲", SubmissionStatus.ACCEPTED, AT, true)));
        assertThat(RoundBriefingText.tally(s)).isEqualTo("均已按时报送。");
    }

    private static RoundProgress.Line line(String unit, SubmissionStatus status, LocalDateTime at, Boolean onTime) {
        return new RoundProgress.Line(unit.hashCode(), unit, "黎城县", status == null ? null : 1L, status, at, onTime,
                status == SubmissionStatus.RETURNED ? "数据有误" : null);
    }
}
