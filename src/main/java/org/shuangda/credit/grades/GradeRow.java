package org.shuangda.credit.grades;

import java.time.Instant;

/** One line of the grade list: the entity (name and place from the entities module's published view) and its grade. */
public record GradeRow(long entityId, String entityName, String uscc, String regionCode, String grade, int score,
        Instant gradeSince) {
}
