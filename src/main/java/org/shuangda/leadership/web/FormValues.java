package org.shuangda.leadership.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Lenient reading of form values for the leadership pages: what does not parse becomes null (or, for a count, is
 * left to the caller), so the service names the field and the rule in words instead of a 400 without them.
 */
final class FormValues {

    private FormValues() {
    }

    static Long number(String value) {
        return value == null || !value.strip().matches("\\d{1,18}") ? null : Long.valueOf(value.strip());
    }

    /** A whole number (a leading minus allowed, so that the service can say the range). */
    static Integer integer(String value) {
        return value == null || !value.strip().matches("-?\\d{1,9}") ? null : Integer.valueOf(value.strip());
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An amount as people type it: 12000, 12,000.50 or 12，000 (full-width comma). */
    static BigDecimal decimal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
