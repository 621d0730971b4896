package org.shuangda.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.shuangda.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns an {@link InvalidInput} into {@code field → reason} in the user's language, for a form re-shown
 * with its errors: {@code <div class="invalid-feedback" th:text="${errors['name']}">}.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    public FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> of(InvalidInput problem) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        problem.problems().forEach(p -> errors.merge(p.field(),
                messages.getMessage(p.reason(), p.args(), p.reason(), locale), (a, b) -> a + ";" + b));
        return errors;
    }
}
