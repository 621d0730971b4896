package org.shuangda.sampling;

/**
 * How a business appears in public (natural persons masked, as inspections' publication does): an 个体工商户 registered
 * under a bare personal name (four characters or fewer) shows its family name only, 张三丰 → 张某某; a business not in
 * the directory whose name is that short is masked the same way (it may be a stallholder's own name); every other
 * name as registered.
 */
final class PersonMask {

    static final int BARE_NAME_MAX = 4;

    private PersonMask() {
    }

    static String entity(String name, String entityType) {
        if (name == null || name.isBlank()) {
            return "某";
        }
        String stripped = name.strip();
        boolean mayBePerson = entityType == null || "INDIVIDUAL_BUSINESS".equals(entityType);
        if (!mayBePerson || stripped.codePointCount(0, stripped.length()) > BARE_NAME_MAX) {
            return stripped;
        }
        int first = stripped.offsetByCodePoints(0, 1);
        int rest = Math.max(1, stripped.codePointCount(first, stripped.length()));
        return stripped.substring(0, first) + "某".repeat(rest);
    }
}
