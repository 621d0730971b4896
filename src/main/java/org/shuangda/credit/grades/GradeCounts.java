package org.shuangda.credit.grades;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a grade was computed from: the negative facts of the window by kind (penalties by display tier; a
 * warning-only penalty is {@code NOT_SHOWN}) and the years in business (null when the establishment date is not
 * known).
 */
public record GradeCounts(int penaltyWarning, int penaltyMinor, int penaltyGeneral, int penaltySerious,
        int abnormalListed, int seriousListed, int sampleFailed, int inspectionFinding, int complaintUpheld,
        Integer yearsInBusiness) {

    /** The counts by the scheme's weight names (years in business apart). */
    public Map<String, Integer> byWeight() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("penaltyWarning", penaltyWarning);
        m.put("penaltyMinor", penaltyMinor);
        m.put("penaltyGeneral", penaltyGeneral);
        m.put("penaltySerious", penaltySerious);
        m.put("abnormalListed", abnormalListed);
        m.put("seriousListed", seriousListed);
        m.put("sampleFailed", sampleFailed);
        m.put("inspectionFinding", inspectionFinding);
        m.put("complaintUpheld", complaintUpheld);
        return m;
    }

    /** The points of the years in business under {@code s} (0 when unknown or 3 years and more). */
    public int youthPoints(RiskScheme s) {
        if (yearsInBusiness == null) {
            return 0;
        }
        return yearsInBusiness < 1 ? s.underOneYear() : yearsInBusiness < 3 ? s.underThreeYears() : 0;
    }

    /** The score under {@code s}: what the SQL computes, for checking and for single entities. */
    public int score(RiskScheme s) {
        Map<String, Integer> w = s.weights();
        int sum = 0;
        for (Map.Entry<String, Integer> e : byWeight().entrySet()) {
            sum += e.getValue() * w.get(e.getKey());
        }
        return sum + youthPoints(s);
    }
}
