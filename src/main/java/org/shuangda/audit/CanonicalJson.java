package org.shuangda.audit;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One spelling per JSON value, so that a hash computed when an entry is written can be recomputed from what
 * PostgreSQL gives back. jsonb reorders keys, re-spaces and re-escapes the text, so the hash is never taken
 * over jsonb's text; it is taken over {@code write(normalise(value))}, and that function gives the same
 * string for the event's Java values and for the same values parsed back from jsonb:
 * <ul>
 * <li>object keys sorted (String order); no whitespace;</li>
 * <li>every number a {@link BigDecimal} without trailing zeros, written plain ({@code 1.50} and
 * {@code 1.5E0} both become {@code 1.5}); numbers too long for that become strings;</li>
 * <li>strings: only {@code "}, {@code \} and control characters escaped; NUL and unpaired surrogates, which
 * PostgreSQL cannot store, replaced by U+FFFD before anything else sees them;</li>
 * <li>enums by name, dates, times and anything else by {@code toString()}.</li>
 * </ul>
 */
final class CanonicalJson {

    private static final int MAX_DEPTH = 32;
    private static final int MAX_NUMBER_LENGTH = 300;
    private static final String TOO_DEEP = "(nested too deep)";
    private static final JsonMapper PARSER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private CanonicalJson() {
    }

    /** A string PostgreSQL can store unchanged: no NUL, no unpaired surrogate. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = c == '\u0000' || (Character.isSurrogate(c) && !pairedHigh);
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
                if (pairedHigh) {
                    out.append(text.charAt(++i));
                }
            } else if (pairedHigh) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** The value as plain JSON types: sorted maps, lists, strings, BigDecimals, booleans and nulls. */
    static Object normalise(Object value) {
        return normalise(value, 0);
    }

    /** A map of fields (before or after), normalised and sorted. */
    static Map<String, Object> normaliseMap(Map<?, ?> fields) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) normalise(fields == null ? Map.of() : fields, 0);
        return map;
    }

    private static Object normalise(Object value, int depth) {
        if (value instanceof Optional<?> optional) {
            value = optional.orElse(null);
        }
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (depth > MAX_DEPTH) {
            return TOO_DEEP;
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(clean(String.valueOf(k)), normalise(v, depth + 1)));
            return sorted;
        }
        if (value instanceof Iterable<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(item -> list.add(normalise(item, depth + 1)));
            return list;
        }
        if (value.getClass().isArray() && !(value instanceof char[])) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(normalise(Array.get(value, i), depth + 1));
            }
            return list;
        }
        return clean(value instanceof char[] chars ? new String(chars) : value.toString());
    }

    private static Object number(Number number) {
        BigDecimal decimal;
        try {
            decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return number.toString(); // NaN, Infinity: not JSON numbers
        }
        decimal = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        // jsonb (numeric) and the parser both limit number length; such a value is kept as its text instead
        return decimal.toPlainString().length() > MAX_NUMBER_LENGTH ? decimal.toString() : decimal;
    }

    /** The canonical text of a normalised value. */
    static String write(Object normalised) {
        StringBuilder out = new StringBuilder();
        write(normalised, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof BigDecimal) {
            out.append(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                string((String) entry.getKey(), out);
                out.append(':');
                write(entry.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            string((String) value, out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** A JSON object read back (e.g. jsonb as text), normalised; an empty map for null or blank. */
    static Map<String, Object> parseObject(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return normaliseMap(PARSER.readValue(json, Map.class));
        } catch (JacksonException e) {
            throw new IllegalStateException("not a JSON object: " + e.getOriginalMessage(), e);
        }
    }
}
