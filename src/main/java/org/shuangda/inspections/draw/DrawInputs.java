package org.shuangda.inspections.draw;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a draw is a function of, as published for {@code tools/verifier/Verifier.java}: the frozen pool (ids
 * ascending, grades in the same order), the inspector pool, the exclusions (回避) of the targets, the ratios, the
 * task, the entropy, and what the server computed (pool hash, seed, result hash) for the verifier to compare.
 */
public record DrawInputs(long taskId, String entropy, long[] poolIds, String poolGrades, int[] ratios,
        long[] inspectors, Map<Long, Set<Long>> exclusions, int inspectorsPerTarget, String poolHash, String seed,
        String resultHash) {

    /** The JSON the verifier reads (written by hand: a million ids go out as one streamed-size string). */
    public String toJson() {
        StringBuilder out = new StringBuilder(poolIds.length * 9 + 1024);
        out.append("{\n\"taskId\": ").append(taskId)
                .append(",\n\"entropy\": \"").append(entropy).append('"')
                .append(",\n\"poolHash\": \"").append(poolHash).append('"')
                .append(",\n\"seed\": \"").append(seed).append('"')
                .append(",\n\"resultHash\": \"").append(resultHash).append('"')
                .append(",\n\"inspectorsPerTarget\": ").append(inspectorsPerTarget)
                .append(",\n\"ratios\": {");
        for (int g = 0; g < 4; g++) {
            out.append(g == 0 ? "" : ", ").append('"').append(DrawMath.GRADES.charAt(g)).append("\": ").append(ratios[g]);
        }
        out.append("},\n\"inspectors\": [");
        for (int i = 0; i < inspectors.length; i++) {
            out.append(i == 0 ? "" : ",").append(inspectors[i]);
        }
        out.append("],\n\"exclusions\": {");
        boolean first = true;
        for (Map.Entry<Long, Set<Long>> e : new TreeMap<>(exclusions).entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            out.append(first ? "" : ", ").append('"').append(e.getKey()).append("\": [");
            first = false;
            boolean f2 = true;
            for (long o : new TreeSet<>(e.getValue())) {
                out.append(f2 ? "" : ",").append(o);
                f2 = false;
            }
            out.append(']');
        }
        out.append("},\n\"poolGrades\": \"").append(poolGrades).append('"');
        out.append(",\n\"poolIds\": [");
        for (int i = 0; i < poolIds.length; i++) {
            out.append(i == 0 ? "" : ",").append(poolIds[i]);
        }
        return out.append("]\n}\n").toString();
    }
}
