package org.shuangda.credit.grades;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version of the credit-risk scoring scheme (信用风险分类, 国市监信发〔2022〕6号): points per negative fact within
 * the window, points for few years in business, and the score thresholds of grades B, C and D (below B: A). The
 * national notice leaves the indicators and their weights to the provinces, so every number is configurable;
 * the first version's numbers are a local default. Versions are never changed, only followed by new ones.
 *
 * @param windowMonths facts of the last N months count
 */
public record RiskScheme(int version, int windowMonths, int penaltyWarning, int penaltyMinor, int penaltyGeneral,
        int penaltySerious, int abnormalListed, int seriousListed, int sampleFailed, int inspectionFinding,
        int complaintUpheld, int underOneYear, int underThreeYears, int thresholdB, int thresholdC,
        int thresholdD, String note, String createdBy, Instant createdAt) {

    /** The largest weight or threshold a scheme may hold. */
    public static final int MAX_WEIGHT = 1000;
    public static final int MAX_THRESHOLD = 100_000;
    public static final int MAX_WINDOW_MONTHS = 120;

    /** The grade of a score under this scheme. */
    public String gradeOf(int score) {
        if (score >= thresholdD) {
            return "D";
        }
        if (score >= thresholdC) {
            return "C";
        }
        return score >= thresholdB ? "B" : "A";
    }

    /** The weights by field name (the names forms, the API and the audit trail use). */
    public Map<String, Integer> weights() {
        Map<String, Integer> w = new LinkedHashMap<>();
        w.put("penaltyWarning", penaltyWarning);
        w.put("penaltyMinor", penaltyMinor);
        w.put("penaltyGeneral", penaltyGeneral);
        w.put("penaltySerious", penaltySerious);
        w.put("abnormalListed", abnormalListed);
        w.put("seriousListed", seriousListed);
        w.put("sampleFailed", sampleFailed);
        w.put("inspectionFinding", inspectionFinding);
        w.put("complaintUpheld", complaintUpheld);
        w.put("underOneYear", underOneYear);
        w.put("underThreeYears", underThreeYears);
        return w;
    }

    /** Every number of the scheme by field name, for the audit trail. */
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("version", version);
        f.put("windowMonths", windowMonths);
        f.putAll(weights());
        f.put("thresholdB", thresholdB);
        f.put("thresholdC", thresholdC);
        f.put("thresholdD", thresholdD);
        f.put("note", note);
        return f;
    }
}
