package org.shuangda.entities.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.shared.InvalidInput;
import org.springframework.context.MessageSource;

/** The reasons of an {@link InvalidInput} by field, in the reader's language, for showing next to inputs. */
final class FormErrors {

    private FormErrors() {
    }

    static Map<String, List<String>> of(InvalidInput e, MessageSource messages, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (InvalidInput.FieldProblem p : e.problems()) {
            byField.computeIfAbsent(p.field(), f -> new ArrayList<>())
                    .add(messages.getMessage(p.reason(), p.args(), p.reason(), locale));
        }
        return byField;
    }
}
