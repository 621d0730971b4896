package org.shuangda.inspections.markets;

/** How the food-safety director shows everywhere: 张*, 138****5678 (as complaints mask filers). */
final class PersonMasks {

    private PersonMasks() {
    }

    static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        return n.substring(0, first) + "*".repeat(Math.max(1, Math.min(2, n.codePointCount(0, n.length()) - 1)));
    }

    static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.strip();
        return p.length() < 7 ? "*".repeat(p.length()) : p.substring(0, 3) + "****" + p.substring(p.length() - 4);
    }
}
