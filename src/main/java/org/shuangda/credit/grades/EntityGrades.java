package org.shuangda.credit.grades;

import java.util.List;

/**
 * One entity's grade page: its current grade (null while never graded) and its history, newest first, each
 * explained in words with the weights of the scheme version it was computed with.
 */
public record EntityGrades(long entityId, String entityName, GradeRecord current, List<GradeRecord> history) {
}
