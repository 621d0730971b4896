package org.shuangda.cases;

import org.shuangda.shared.InvalidInput;

/** What the cases code does with typed text: blank is absent, and a required text is stripped or refused. */
final class Texts {

    private Texts() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    /** The text stripped, or {@link InvalidInput} on {@code field} with {@code reason} when it is blank. */
    static String required(String text, String field, String reason) {
        if (blank(text)) {
            throw new InvalidInput(field, reason);
        }
        return text.strip();
    }
}
