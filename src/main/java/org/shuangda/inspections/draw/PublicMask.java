package org.shuangda.inspections.draw;

/**
 * How a target appears in public (一公开, natural persons masked): an 个体工商户 registered under a bare personal name
 * (four characters or fewer, no shop name) shows the family name only, 张三丰 → 张某某; every other name as
 * registered. Inspectors appear as a count, never by name.
 */
final class PublicMask {

    static final int BARE_NAME_MAX = 4;

    private PublicMask() {
    }

    static String entity(String name, String entityType) {
        if (name == null || name.isBlank()) {
            return "某";
        }
        String stripped = name.strip();
        if (!"INDIVIDUAL_BUSINESS".equals(entityType) || stripped.codePointCount(0, stripped.length()) > BARE_NAME_MAX) {
            return stripped;
        }
        int first = stripped.offsetByCodePoints(0, 1);
        int rest = Math.max(1, stripped.codePointCount(first, stripped.length()));
        return stripped.substring(0, first) + "某".repeat(rest);
    }
}
