package org.shuangda.credit.grades;

/** An entity's current grade as stored, with its region path (for the reader's scope). */
record CurrentGrade(GradeRecord grade, String regionPath) {
}
