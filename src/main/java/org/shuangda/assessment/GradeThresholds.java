package org.shuangda.assessment;

import java.math.BigDecimal;

/**
 * The lowest total of each grade: A from {@code a} (default 90), B from {@code b} (80), C from {@code c} (60), below
 * that D. Strictly falling, all positive (checked by the scheme's validation and the table).
 */
public record GradeThresholds(BigDecimal a, BigDecimal b, BigDecimal c) {

    public static final GradeThresholds DEFAULT = new GradeThresholds(new BigDecimal("90"), new BigDecimal("80"),
            new BigDecimal("60"));

    /** The grade of {@code total}; a vetoed run is D whatever it scored. */
    public Grade gradeOf(BigDecimal total, boolean vetoed) {
        if (vetoed) {
            return Grade.D;
        }
        if (total.compareTo(a) >= 0) {
            return Grade.A;
        }
        if (total.compareTo(b) >= 0) {
            return Grade.B;
        }
        return total.compareTo(c) >= 0 ? Grade.C : Grade.D;
    }
}
