package org.shuangda.credit.grades;

import java.util.List;

/** What one range of a computation did: entities graded, rows written, grades changed. */
record GradeRangeResult(long entities, long written, List<GradeChange> changes) {
}
