package org.shuangda.credit.grades;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.shared.InvalidInput;

/**
 * A new scheme version as typed (numbers as text, so that "十五" comes back with a message instead of a 400), from
 * the form or the API. {@link #validate} collects every problem: a field that is not a whole number, a weight
 * outside 0–{@value RiskScheme#MAX_WEIGHT}, a window outside 1–{@value RiskScheme#MAX_WINDOW_MONTHS} months,
 * thresholds not rising strictly from B to D, and a scheme in which no fact counts at all or in which even the
 * heaviest single fact cannot reach grade B (then every entity would be A whatever its record).
 *
 * @param basedOn the version the person edited (optional; a newer one saved meanwhile is refused as stale)
 */
public record RiskSchemeDraft(Map<String, String> values, String note, Integer basedOn) {

    /** The form's fields in the order they are shown. */
    public static final String[] WEIGHTS = {"penaltyWarning", "penaltyMinor", "penaltyGeneral", "penaltySerious",
        "abnormalListed", "seriousListed", "sampleFailed", "inspectionFinding", "complaintUpheld", "underOneYear",
        "underThreeYears"};
    public static final String[] THRESHOLDS = {"thresholdB", "thresholdC", "thresholdD"};

    public RiskSchemeDraft {
        values = values == null ? Map.of() : new LinkedHashMap<>(values);
    }

    public static RiskSchemeDraft of(RiskScheme s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("windowMonths", String.valueOf(s.windowMonths()));
        s.weights().forEach((k, w) -> v.put(k, String.valueOf(w)));
        v.put("thresholdB", String.valueOf(s.thresholdB()));
        v.put("thresholdC", String.valueOf(s.thresholdC()));
        v.put("thresholdD", String.valueOf(s.thresholdD()));
        return new RiskSchemeDraft(v, "", s.version());
    }

    public String value(String field) {
        return values.get(field);
    }

    /** The numbers of a valid scheme (version, author and time still to be given), or every problem at once. */
    RiskScheme validate(int version, String createdBy) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Integer window = number(problems, "windowMonths", 1, RiskScheme.MAX_WINDOW_MONTHS);
        Map<String, Integer> w = new LinkedHashMap<>();
        for (String field : WEIGHTS) {
            w.put(field, number(problems, field, 0, RiskScheme.MAX_WEIGHT));
        }
        Integer b = number(problems, "thresholdB", 1, RiskScheme.MAX_THRESHOLD);
        Integer c = number(problems, "thresholdC", 1, RiskScheme.MAX_THRESHOLD);
        Integer d = number(problems, "thresholdD", 1, RiskScheme.MAX_THRESHOLD);
        if (b != null && c != null && c <= b) {
            problems.add("thresholdC", "credit.grades.error.thresholdOrder", "C", c, "B", b);
        }
        if (c != null && d != null && d <= c) {
            problems.add("thresholdD", "credit.grades.error.thresholdOrder", "D", d, "C", c);
        }
        if (w.values().stream().allMatch(x -> x != null && x == 0)) {
            problems.add("penaltyGeneral", "credit.grades.error.allZero");
        } else if (b != null && w.values().stream().allMatch(x -> x != null)) {
            int heaviest = w.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (heaviest < b && window != null) {
                problems.add("thresholdB", "credit.grades.error.unreachable", b, heaviest);
            }
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 200) {
            problems.add("note", "credit.grades.error.noteLength", text.length(), 200);
        }
        problems.throwIfAny();
        return new RiskScheme(version, window, w.get("penaltyWarning"), w.get("penaltyMinor"),
                w.get("penaltyGeneral"), w.get("penaltySerious"), w.get("abnormalListed"), w.get("seriousListed"),
                w.get("sampleFailed"), w.get("inspectionFinding"), w.get("complaintUpheld"), w.get("underOneYear"),
                w.get("underThreeYears"), b, c, d, text, createdBy, null);
    }

    private Integer number(InvalidInput.Collector problems, String field, int min, int max) {
        String text = values.get(field);
        if (text == null || text.isBlank()) {
            problems.add(field, "credit.grades.error.required");
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            problems.add(field, "credit.grades.error.number", text.strip());
            return null;
        }
        if (n < min || n > max) {
            problems.add(field, "credit.grades.error.range", n, min, max);
            return null;
        }
        return n;
    }
}
