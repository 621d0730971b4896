package org.shuangda.entities;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 居民身份证号码 (GB 11643-1999): region (6 digits), birth date (8), sequence (3) and an ISO 7064
 * MOD 11-2 check character ({@code X} for 10). The region must be a code of some GB/T 2260 release since 1980
 * ({@link Gb2260History}), not necessarily a current one. Stored as typed (normalised), shown only
 * {@linkplain #mask(String) masked}, e.g. {@code 140426********1234}.
 */
public final class ResidentIdNumber {

    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** Why a number is not valid. */
    public enum Problem {
        LENGTH,
        /** Not 17 digits followed by a digit or X. */
        FORMAT,
        /**
         * Positions 1–6 were never a GB/T 2260 code in any release since 1980 (e.g. a province 00 or 99):
         * refused like a wrong check character, because it is as surely a typing error.
         */
        REGION,
        BIRTH_DATE,
        CHECK_CHAR
    }

    /**
     * @param normalized        trimmed, {@code x} upper-cased
     * @param problem           null when valid
     * @param expectedCheckChar for {@link Problem#CHECK_CHAR}: the right last character
     */
    public record Check(String normalized, Problem problem, char expectedCheckChar) {

        public boolean valid() {
            return problem == null;
        }
    }

    private ResidentIdNumber() {
    }

    public static String normalize(String raw) {
        return CodeText.normalize(raw);
    }

    public static boolean isValid(String raw, LocalDate today) {
        return raw != null && check(raw, today).valid();
    }

    /** Checks against {@code today} so that a birth date in the future is refused (and tests can fix the day). */
    public static Check check(String raw, LocalDate today) {
        String number = normalize(raw == null ? "" : raw);
        if (number.length() != LENGTH) {
            return new Check(number, Problem.LENGTH, (char) 0);
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(number.charAt(i))) {
                return new Check(number, Problem.FORMAT, (char) 0);
            }
        }
        char last = number.charAt(LENGTH - 1);
        if (!isAsciiDigit(last) && last != 'X') {
            return new Check(number, Problem.FORMAT, (char) 0);
        }
        if (!Gb2260History.wasEverCode(number.substring(0, 6))) {
            return new Check(number, Problem.REGION, (char) 0);
        }
        LocalDate birth = birthDate(number);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return new Check(number, Problem.BIRTH_DATE, (char) 0);
        }
        char expected = checkCharFor(number.substring(0, LENGTH - 1));
        return new Check(number, last == expected ? null : Problem.CHECK_CHAR, expected);
    }

    /** The check character for 17 digits. */
    public static char checkCharFor(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("expected 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            char c = first17.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("not a digit: " + c);
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /**
     * Keeps the region (6) and the last 4 characters, hides the birth date: {@code 140426********1234}.
     * Anything shorter than 10 characters is hidden entirely; null stays null.
     */
    public static String mask(String number) {
        if (number == null || number.isBlank()) {
            return number == null ? null : "";
        }
        String n = normalize(number);
        if (n.length() < 10) {
            return "*".repeat(n.length());
        }
        return n.substring(0, 6) + "*".repeat(n.length() - 10) + n.substring(n.length() - 4);
    }

    private static LocalDate birthDate(String number) {
        try {
            return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
