package org.shuangda.assessment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Form values that do not parse become null, so the service names the field ("必填", "超出范围") instead of a 400
 * without words; a number is read as a decimal (never a double).
 */
final class FormValues {

    private FormValues() {
    }

    static Long number(String v) {
        try {
            return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(String v) {
        try {
            return v == null || v.isBlank() ? null : Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A decimal as typed; a malformed or absurd one (more than 12 digits) becomes {@code -1}, refused by range. */
    static BigDecimal decimal(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        if (s.length() > 16) {
            return BigDecimal.ONE.negate();
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return BigDecimal.ONE.negate();
        }
    }

    static LocalDate date(String v) {
        try {
            return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
