package org.shuangda.cases.publication;

/**
 * How a party appears in public: an entity by its name, a natural person by the family name only (张三丰 →
 * 张**). Two-character family names (欧阳, 司马…) keep one character too: better one character too few than a
 * full given name shown.
 */
public final class PartyMask {

    private PartyMask() {
    }

    public static String person(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        String stripped = name.strip();
        int first = stripped.offsetByCodePoints(0, 1);
        int rest = Math.max(1, stripped.codePointCount(first, stripped.length()));
        return stripped.substring(0, first) + "*".repeat(rest);
    }
}
