package org.shuangda.complaints;

/** How personal data shows in lists and exports: 张**, 138****5678, 140426********1234, 黎城县黎侯****. */
public final class Masks {

    private Masks() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        return n.substring(0, first) + "*".repeat(Math.max(1, Math.min(2, n.codePointCount(0, n.length()) - 1)));
    }

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.strip();
        if (p.length() < 7) {
            return "*".repeat(p.length());
        }
        return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
    }

    public static String idNumber(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String s = id.strip();
        return s.length() < 10 ? "*".repeat(s.length()) : s.substring(0, 6) + "*".repeat(s.length() - 10)
                + s.substring(s.length() - 4);
    }

    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.strip();
        return a.length() <= 6 ? a.charAt(0) + "****" : a.substring(0, 6) + "****";
    }
}
