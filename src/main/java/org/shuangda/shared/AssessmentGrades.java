package org.shuangda.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The latest published assessment grade (考核等次 A–D) of a member unit or of a region: the published query through
 * which modules that must not depend on assessment (leadership's commendations, which refuse a unit graded D) ask.
 * The assessment module implements it; only published results count, so the answer is the same for every reader
 * (published grades are announced to everyone concerned) and takes no actor. Empty when nothing was published.
 */
public interface AssessmentGrades {

    /**
     * A published grade.
     *
     * @param grade  "A", "B", "C" or "D" (a veto makes it D)
     * @param vetoed whether a veto item (一票否决) was triggered
     */
    record PublishedGrade(long schemeId, String schemeTitle, int year, String targetName, String grade,
            BigDecimal total, boolean vetoed, Instant publishedAt) {

        public boolean isD() {
            return "D".equals(grade);
        }
    }

    /** The latest published grade of the member unit {@code unitId} (schemes assessing member units). */
    Optional<PublishedGrade> latestOfUnit(long unitId);

    /** The latest published grade of the region {@code regionCode} (schemes assessing regions). */
    Optional<PublishedGrade> latestOfRegion(String regionCode);
}
