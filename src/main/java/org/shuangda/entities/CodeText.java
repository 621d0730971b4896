package org.shuangda.entities;

import java.util.Locale;

/**
 * Normalises a typed code (identity number, USCC): removes every kind of space at both ends and upper-cases.
 * Why more than {@link String#strip()}: codes pasted from Word, web pages and spreadsheets carry no-break
 * spaces (U+00A0, U+202F, U+2007), the ideographic space (U+3000) of Chinese input methods, zero-width spaces
 * (U+200B) and byte-order marks (U+FEFF); {@code strip()} keeps the no-break ones, and a code that looks right
 * on screen would then be refused for its length.
 */
final class CodeText {

    private CodeText() {
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF'
                || c == '\u2060' || c == '\u180E';
    }

    /** Trimmed of all Unicode spaces, upper case (ROOT locale); null stays null. */
    static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end).toUpperCase(Locale.ROOT);
    }
}
