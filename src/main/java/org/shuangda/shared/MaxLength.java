package org.shuangda.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The longest text (in characters, after NFC) a JSON field accepts, instead of {@link InputText}'s default
 * (200 single-line, 10,000 multi-line). Longer input is refused with 422 on the field before any service runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface MaxLength {

    int value();
}
