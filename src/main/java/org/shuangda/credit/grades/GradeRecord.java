package org.shuangda.credit.grades;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entity's grade as computed once: the current one ({@code previous} null, {@code reason} null) or one line of
 * its history.
 *
 * @param explanation in words, e.g. "C：24个月内行政处罚（一般）2次（+30），抽检不合格1次（+20）；合计50分"
 */
public record GradeRecord(long entityId, String grade, String previous, int score, int schemeVersion,
        GradeCounts counts, String reason, LocalDate computedOn, Instant computedAt, String explanation) {
}
