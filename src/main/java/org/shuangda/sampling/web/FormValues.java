package org.shuangda.sampling.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * Lenient reading of the sampling pages' form values: what does not parse becomes null, so the service names the
 * field and the rule in words (a 422 with the form again) instead of a 400 without them.
 */
final class FormValues {

    private final MultiValueMap<String, String> params;

    FormValues(MultiValueMap<String, String> params) {
        this.params = params;
    }

    String text(String name) {
        String v = params.getFirst(name);
        return v == null || v.isBlank() ? null : v;
    }

    Long number(String name) {
        return toNumber(params.getFirst(name));
    }

    static Long toNumber(String value) {
        return value == null || !value.strip().matches("\\d{1,18}") ? null : Long.valueOf(value.strip());
    }

    Integer integer(String name) {
        String v = params.getFirst(name);
        return v == null || !v.strip().matches("-?\\d{1,9}") ? null : Integer.valueOf(v.strip());
    }

    LocalDate date(String name) {
        return toDate(params.getFirst(name));
    }

    static LocalDate toDate(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An amount as people type it: 12000, 12,000.50 or 12，000. */
    BigDecimal decimal(String name) {
        String v = params.getFirst(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean checked(String name) {
        String v = params.getFirst(name);
        return v != null && (v.equals("true") || v.equals("on"));
    }

    List<String> all(String name) {
        List<String> v = params.get(name);
        return v == null ? List.of() : v.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    List<Long> numbers(String name) {
        List<Long> out = new ArrayList<>();
        for (String s : all(name)) {
            Long n = toNumber(s);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }
}
