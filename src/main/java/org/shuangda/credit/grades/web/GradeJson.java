package org.shuangda.credit.grades.web;

import java.time.Instant;
import java.time.LocalDate;
import org.shuangda.credit.grades.GradeCounts;
import org.shuangda.credit.grades.GradeRecord;

/** One computed grade over the API: the current one, or a line of the history (with {@code previous} and {@code reason}). */
record GradeJson(String grade, String previous, int score, int schemeVersion, GradeCounts counts, String reason,
        LocalDate computedOn, Instant computedAt, String explanation) {

    static GradeJson of(GradeRecord r) {
        return r == null ? null : new GradeJson(r.grade(), r.previous(), r.score(), r.schemeVersion(), r.counts(),
                r.reason(), r.computedOn(), r.computedAt(), r.explanation());
    }
}
