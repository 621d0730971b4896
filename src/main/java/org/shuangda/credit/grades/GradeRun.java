package org.shuangda.credit.grades;

import java.time.Instant;
import java.time.LocalDate;

/** A full computation as recorded in {@code credit_risk_run}. */
record GradeRun(long id, String reason, int schemeVersion, LocalDate computedOn, Instant startedAt,
        Instant finishedAt, long entities, long changed) {
}
