package org.shuangda.entities;

/**
 * 统一社会信用代码 (GB 32100-2015): registering authority (1), entity type (1), region (6), organisation
 * code (9) and a check character (1), from the alphabet {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}
 * (I, O, S, V and Z are never used). Input is normalised first: surrounding blanks removed and letters
 * upper-cased, because people type codes in lower case and spreadsheets add spaces.
 */
public final class Uscc {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a code is not valid. */
    public enum Problem {
        /** Not 18 characters. */
        LENGTH,
        /** A character outside the alphabet; {@link Check#position()} tells which (1-based). */
        ALPHABET,
        /** The 18th character does not match; {@link Check#expectedCheckChar()} tells the right one. */
        CHECK_CHAR
    }

    /**
     * The outcome of checking one code.
     *
     * @param normalized        the code as it would be stored (trimmed, upper case)
     * @param problem           null when valid
     * @param position          1-based position of the bad character for {@link Problem#ALPHABET}, else 0
     * @param expectedCheckChar the check character the first 17 characters call for (0 when unknown)
     */
    public record Check(String normalized, Problem problem, int position, char expectedCheckChar) {

        public boolean valid() {
            return problem == null;
        }
    }

    private Uscc() {
    }

    /** Trims every kind of space ({@link CodeText}) and upper-cases; null stays null. */
    public static String normalize(String raw) {
        return CodeText.normalize(raw);
    }

    public static boolean isValid(String raw) {
        return raw != null && check(raw).valid();
    }

    public static Check check(String raw) {
        String code = normalize(raw == null ? "" : raw);
        if (code.length() != LENGTH) {
            return new Check(code, Problem.LENGTH, 0, (char) 0);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return new Check(code, Problem.ALPHABET, i + 1, (char) 0);
            }
        }
        char expected = checkCharFor(code.substring(0, LENGTH - 1));
        return new Check(code, code.charAt(LENGTH - 1) == expected ? null : Problem.CHECK_CHAR, 0, expected);
    }

    /** The check character for the first 17 characters (already upper case, all from the alphabet). */
    public static char checkCharFor(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("expected 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Characters 3–8: the GB/T 2260 code of the registering region, e.g. {@code 350100}. */
    public static String regionCode(String uscc) {
        return normalize(uscc).substring(2, 8);
    }

    /** Characters 9–17: the organisation code (GB 11714), e.g. {@code M000100Y4}. */
    public static String organizationCode(String uscc) {
        return normalize(uscc).substring(8, 17);
    }

    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /**
     * Whether the organisation code inside a code (characters 9–17) passes its own GB 11714 check (weights
     * 3, 7, 9, 10, 5, 8, 4, 2 over the first eight, check = 11 − sum mod 11, 10 written X, 11 written 0).
     * Only meaningful for a code that is otherwise {@linkplain #isValid valid}. Why only a warning for the
     * callers: codes given out in the 2015–2016 changeover and by some pilot areas carry organisation codes
     * that fail, and the USCC itself is what the registers know; a failure is still worth a second look.
     */
    public static boolean organizationCodeValid(String uscc) {
        String org = organizationCode(uscc);
        char expected = organizationCheckCharFor(org.substring(0, 8));
        return expected != 0 && org.charAt(8) == expected;
    }

    /** The GB 11714 check character for eight code characters (digits, upper-case letters); 0 when not computable. */
    public static char organizationCheckCharFor(String first8) {
        if (first8.length() != 8) {
            throw new IllegalArgumentException("expected 8 characters, got " + first8.length());
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first8.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                return 0;
            }
            sum += value * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** Characters 1–2: registering authority and entity type, e.g. {@code 91} (工商, 企业). */
    public static String authorityAndType(String uscc) {
        return normalize(uscc).substring(0, 2);
    }

    /** Whether a text looks like someone typed a code rather than a name (for search). */
    public static boolean looksLikeCode(String text) {
        String code = normalize(text);
        return code != null && code.length() == LENGTH && code.chars().allMatch(c -> c < 128
                && Character.isLetterOrDigit(c));
    }
}
