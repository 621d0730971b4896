package org.shuangda.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The second line of defence against secrets in the audit trail: publishers must not put passwords or
 * tokens in an {@code AuditableChange}, and if one does anyway, the key is dropped here before it is
 * written, at any depth. A key is secret when, lower-cased and without {@code _}, {@code -}, {@code .} and
 * spaces, it contains one of {@link #MARKERS} ({@code password_hash}, {@code newPassword},
 * {@code api-token}, {@code clientSecret} …). This errs on the side of dropping: {@code token_prefix} goes
 * too.
 */
final class SecretFields {

    static final List<String> MARKERS = List.of("password", "passwd", "pwd", "secret", "token", "credential",
            "privatekey", "apikey", "passphrase");

    private SecretFields() {
    }

    static boolean isSecret(String key) {
        String normalised = key.toLowerCase(Locale.ROOT).replaceAll("[_\\-. ]", "");
        return MARKERS.stream().anyMatch(normalised::contains);
    }

    /** A copy of normalised fields without secret keys (nested maps and lists included). */
    static Map<String, Object> withoutSecrets(Map<String, Object> fields) {
        Map<String, Object> kept = new TreeMap<>();
        fields.forEach((key, value) -> {
            if (!isSecret(key)) {
                kept.put(key, strip(value));
            }
        });
        return kept;
    }

    @SuppressWarnings("unchecked")
    private static Object strip(Object value) {
        if (value instanceof Map<?, ?> map) {
            return withoutSecrets((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> kept = new ArrayList<>(list.size());
            list.forEach(item -> kept.add(strip(item)));
            return kept;
        }
        return value;
    }
}
