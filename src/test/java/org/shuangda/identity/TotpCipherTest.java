package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The two-factor secrets' cipher: round trip, bound to its user, keys rotate, no development key under prod. */
class TotpCipherTest {

    private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes());

    @Test
    void aSecretDecryptsForItsUserOnlyAndOldKeysKeepDecrypting() {
        TotpCipher old = new TotpCipher(new TotpCipher.TotpKeys("k1", Map.of("k1", K1)), new MockEnvironment());
        byte[] secret = Totp.newSecret();
        String stored = old.encrypt(7, secret);
        assertThat(stored).startsWith("k1:").doesNotContain(Totp.base32(secret));
        assertThat(old.decrypt(7, stored)).isEqualTo(secret);
        assertThatThrownBy(() -> old.decrypt(8, stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("integrity");
        TotpCipher rotated = new TotpCipher(new TotpCipher.TotpKeys("k2", Map.of("k1", K1, "k2", K2)),
                new MockEnvironment());
        assertThat(rotated.decrypt(7, stored)).isEqualTo(secret);
        assertThat(rotated.encrypt(7, secret)).startsWith("k2:");
    }

    @Test
    void prodRefusesTheDevelopmentKeyAndWrongKeys() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new TotpCipher(new TotpCipher.TotpKeys(null, Map.of()), prod))
                .hasMessageContaining("shuangda.security.totp-keys");
        assertThat(new TotpCipher(new TotpCipher.TotpKeys("k1", Map.of("k1", K1)), prod).encrypt(1, new byte[20]))
                .startsWith("k1:");
        assertThatThrownBy(() -> new TotpCipher(new TotpCipher.TotpKeys("k1",
                Map.of("k1", Base64.getEncoder().encodeToString(new byte[10]))), new MockEnvironment()))
                .hasMessageContaining("16 or 32 bytes");
        assertThatThrownBy(() -> new TotpCipher(new TotpCipher.TotpKeys("k9", Map.of("k1", K1)), new MockEnvironment()))
                .hasMessageContaining("k9");
    }

    @Test
    void theVariablesTheReadmeOnceNamedAreNamedInTheRefusal() {
        org.springframework.core.env.StandardEnvironment prod = new org.springframework.core.env.StandardEnvironment();
        prod.getPropertySources().replace(org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new org.springframework.core.env.SystemEnvironmentPropertySource(
                        org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("SHUANGDA_SECURITY_TOTP_KEYS_CURRENT", "k1", "SHUANGDA_SECURITY_TOTP_KEYS_SECRETS_K1", K1)));
        prod.setActiveProfiles("prod");
        assertThat(TotpCipher.misnamedVariables(prod))
                .containsExactly("SHUANGDA_SECURITY_TOTP_KEYS_CURRENT", "SHUANGDA_SECURITY_TOTP_KEYS_SECRETS_K1");
        assertThatThrownBy(() -> new TotpCipher(new TotpCipher.TotpKeys(null, Map.of()), prod))
                .hasMessageContaining("SHUANGDA_SECURITY_TOTP_KEYS_SECRETS_K1")
                .hasMessageContaining("SHUANGDA_SECURITY_TOTPKEYS_SECRETS_<ID>");
    }
}
