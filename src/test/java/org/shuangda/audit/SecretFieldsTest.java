package org.shuangda.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretFieldsTest {

    @Test
    void recognisesSecretKeysWhateverTheirSpelling() {
        for (String key : List.of("password", "password_hash", "PasswordHash", "newPassword", "passwd", "token",
                "token_hash", "api-token", "apiKey", "secret", "client.secret", "credentials", "private_key")) {
            assertThat(SecretFields.isSecret(key)).as(key).isTrue();
        }
        for (String key : List.of("name", "username", "unit_id", "phone", "footprint", "uscc", "region_code")) {
            assertThat(SecretFields.isSecret(key)).as(key).isFalse();
        }
    }

    @Test
    void dropsSecretKeysAtEveryDepth() {
        Map<String, Object> fields = CanonicalJson.normaliseMap(Map.of("username", "licheng.admin",
                "password", "Shuangda@2026", "password_hash", "{bcrypt}$2a$10$abc",
                "settings", Map.of("token", "sd_123", "theme", "dark"),
                "grants", List.of(Map.of("role", "SYSTEM_ADMIN", "secret", "x"))));

        Map<String, Object> kept = SecretFields.withoutSecrets(fields);

        assertThat(CanonicalJson.write(kept)).isEqualTo(
                "{\"grants\":[{\"role\":\"SYSTEM_ADMIN\"}],\"settings\":{\"theme\":\"dark\"},\"username\":\"licheng.admin\"}");
    }
}
