package org.shuangda.complaints;

import java.util.Arrays;
import java.util.Locale;
import org.shuangda.shared.InvalidInput;

/** Parses enum codes from forms and JSON with a readable 422 instead of Jackson's 400. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "error.required");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "filing.error.code", value.strip(),
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    static <E extends Enum<E>> E parseOrNull(Class<E> type, String value, String field) {
        return value == null || value.isBlank() ? null : parse(type, value, field);
    }
}
