package org.shuangda.entities;

import java.util.Arrays;
import java.util.Optional;

/**
 * The section (门类) of the national industry classification GB/T 4754-2017 (国民经济行业分类): what a random
 * inspection's targeted pool may be filtered by (e.g. 批发和零售业, 住宿和餐饮业). Labels: {@code industry.X}.
 */
public enum Industry {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T;

    /** The section for a letter (case and blanks ignored), empty for anything else. */
    public static Optional<Industry> parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.name().equals(t)).findFirst();
    }
}
