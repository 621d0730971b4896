package org.shuangda.credit.grades;

/** A grade that changed in a computation (previous null: the entity's first grade). */
record GradeChange(long entityId, String previous, String grade, int score, GradeCounts counts) {
}
