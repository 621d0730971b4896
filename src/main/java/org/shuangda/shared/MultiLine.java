package org.shuangda.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a JSON body that may hold line breaks (a paragraph, a reason, facts): {@link InputText}
 * then allows {@code \r} and {@code \n} and the longer default length. Form and query fields are multi-line
 * by name instead ({@link InputText#MULTI_LINE_FIELDS}), because a form has no annotation to carry.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface MultiLine {
}
