package org.shuangda.credit.grades.web;

import java.util.List;

/** One entity's grade over the API: the current one (null while never graded) and its history, newest first. */
record EntityGradesJson(long entityId, String entityName, GradeJson current, List<GradeJson> history) {
}
