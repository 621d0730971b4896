package org.shuangda.shared.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import org.shuangda.shared.InputText;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.MaxLength;
import org.shuangda.shared.MultiLine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The input gate for JSON request bodies: the HTTP message converter reads with a copy of the application's
 * mapper that passes every string through {@link InputText} (field by field: {@link MultiLine}, {@link MaxLength}),
 * refuses decimals no column holds, and fails on {@code null} inside a collection ({@code "indicators":[null]}).
 * <p>Why a separate mapper for the converter and not a module on the application's {@code JsonMapper}: that one
 * also reads stored JSON (Spring Modulith's event publications), which must never be refused by a request rule.
 * Spring Boot's converter is replaced by one reading with that copy. The refusals surface as {@code HttpMessageNotReadableException}; {@link ApiErrorHandler} answers them 422
 * on the field ({@link #refusal}), a value of the wrong type 400 on the field ({@link #mismatchedField}).
 */
@Configuration(proxyBeanMethods = false)
class InputGateJson {

    /**
     * The largest magnitude a JSON decimal may have: the widest money column is {@code numeric(20, 2)}; each
     * module's validator checks its own column ({@code shared.Amounts}). 1e20 is refused here already.
     */
    static final BigDecimal MAX_DECIMAL = new BigDecimal("1e18");

    /**
     * Runs after Spring Boot's own customizer (order 0) and replaces its JSON converter in place, so the other
     * converters (bytes, strings: the OpenAPI document) keep their order before it.
     */
    @Bean
    @org.springframework.core.annotation.Order(10)
    org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer inputGateJsonConverter(
            JsonMapper applicationMapper) {
        SimpleModule gate = new SimpleModule("shuangda-input-gate");
        gate.addDeserializer(String.class, new GatedString(false, 0, false));
        gate.addDeserializer(BigDecimal.class, new GatedDecimal());
        JsonMapper forRequests = applicationMapper.rebuild().addModule(gate)
                .changeDefaultNullHandling(n -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .build();
        JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(forRequests);
        return builder -> builder.withJsonConverter(converter);
    }

    /** A string field: single-line by default, multi-line by annotation or by its name. */
    static final class GatedString extends ValueDeserializer<String> {
        private final boolean multiLine;
        private final int max;
        private final boolean contextual;

        GatedString(boolean multiLine, int max, boolean contextual) {
            this.multiLine = multiLine;
            this.max = max;
            this.contextual = contextual;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            if (property == null) {
                return this;
            }
            MaxLength length = property.getAnnotation(MaxLength.class);
            boolean lines = property.getAnnotation(MultiLine.class) != null
                    || InputText.multiLineByName(property.getName());
            return new GatedString(lines, length == null ? InputText.maxByName(property.getName()) : length.value(),
                    true);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String raw = StringDeserializer.instance.deserialize(p, ctxt);
            String field = fieldOf(p);
            boolean lines = contextual ? multiLine : InputText.multiLineByName(field);
            return InputText.accept(field, raw, lines, contextual ? max : InputText.maxByName(field));
        }

        @Override
        public boolean isCachable() {
            return false;
        }
    }

    /** A decimal within what the widest {@code numeric} column holds. */
    static final class GatedDecimal extends ValueDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.abs().compareTo(MAX_DECIMAL) >= 0) {
                String field = fieldOf(p);
                throw new InvalidInput(field, "error.number.range", field, "-10^18", "10^18");
            }
            return value;
        }
    }

    /** {@code parties[0].name} for the value the parser stands on. */
    static String fieldOf(JsonParser p) {
        return path(p.streamReadContext());
    }

    private static String path(TokenStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                boolean named = !path.isEmpty() && path.charAt(0) != '[';
                path.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]" + (named ? "." : ""));
            } else if (c.currentName() != null) {
                path.insert(0, c.currentName());
            }
        }
        String text = path.toString();
        return text.isEmpty() ? "body" : text;
    }

    /**
     * The gate's refusal behind an unreadable body (a text the rule refuses, a decimal out of range, a
     * {@code null} in a list): a 422 on the field. Null when the body is unreadable for another reason.
     */
    static InvalidInput refusal(Throwable unreadable) {
        for (Throwable t = unreadable; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof InvalidInput invalid) {
                return invalid; // wrapped by Jackson with a path: the gate's own field name is exact
            }
        }
        for (Throwable t = unreadable; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof tools.jackson.databind.exc.InvalidNullException nul) {
                String field = referencePath(nul);
                return new InvalidInput(field, "error.nullElement", field);
            }
        }
        return null;
    }

    /**
     * The field whose value has the wrong type or format ({@code "startsOn":"明天"}, {@code 2024-02-30}, an unknown
     * enum constant): a 400 naming it. Null for a body that is not JSON at all (then the field is "body").
     */
    static String mismatchedField(Throwable unreadable) {
        for (Throwable t = unreadable; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof tools.jackson.core.exc.StreamReadException) {
                return null; // a syntax error
            }
            if (t instanceof tools.jackson.databind.DatabindException jackson && !jackson.getPath().isEmpty()) {
                return referencePath(jackson);
            }
        }
        return null;
    }

    private static String referencePath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
