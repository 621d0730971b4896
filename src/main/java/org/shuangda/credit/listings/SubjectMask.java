package org.shuangda.credit.listings;

/** How a natural person appears in public: the family name only, 张三丰 → 张某某 (never an ID number). */
final class SubjectMask {

    private SubjectMask() {
    }

    static String person(String name) {
        if (name == null || name.isBlank()) {
            return "某";
        }
        String stripped = name.strip();
        int first = stripped.offsetByCodePoints(0, 1);
        int rest = Math.max(1, stripped.codePointCount(first, stripped.length()));
        return stripped.substring(0, first) + "某".repeat(rest);
    }
}
