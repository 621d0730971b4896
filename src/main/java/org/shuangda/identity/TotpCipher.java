package org.shuangda.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

/**
 * AES-GCM for the two-factor secrets ({@code user_totp.secret_cipher}): a database dump must not let anyone
 * compute a user's codes. Same key-ring pattern as the filers' SM4 cipher in complaints (not shared with it:
 * modules do not reach into each other's internals, and a key per purpose limits what one leaked key opens):
 * {@code keyId:base64(iv | ciphertext | tag)}, the key id and the user id as associated data (a secret cannot
 * be moved to another user's row), keys from {@code shuangda.security.totp-keys.secrets.<id>} (base64 of 16 or
 * 32 bytes) with {@code shuangda.security.totp-keys.current}. Without any, a built-in development key is used,
 * which the {@code prod} profile refuses at start-up. A secret made with an older key keeps decrypting as long
 * as that key stays configured; a user who re-enrols gets the current key.
 *
 * <p>As environment variables the keys are {@code SHUANGDA_SECURITY_TOTPKEYS_CURRENT} and
 * {@code SHUANGDA_SECURITY_TOTPKEYS_SECRETS_<ID>} (Spring Boot drops the dash of {@code totp-keys}). The README
 * once named them {@code SHUANGDA_SECURITY_TOTP_KEYS_*}, which bind nothing: such variables are named in a
 * warning at start (and in the refusal under {@code prod}), not read, so that an installation which followed it
 * does not change keys silently (its secrets are under the development key until it moves them).
 */
@Component
@EnableConfigurationProperties(TotpCipher.TotpKeys.class)
class TotpCipher {

    private static final Logger log = LoggerFactory.getLogger(TotpCipher.class);
    static final String DEV_KEY_ID = "dev";
    static final String MISNAMED = "SHUANGDA_SECURITY_TOTP_KEYS_";
    private static final byte[] DEV_KEY = "shuangda-totp-dk".getBytes(StandardCharsets.US_ASCII);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> keys;
    private final String currentId;

    TotpCipher(TotpKeys config, Environment environment) {
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        List<String> misnamed = misnamedVariables(environment);
        String hint = misnamed.isEmpty() ? "" : " (the environment has " + String.join(", ", misnamed)
                + ", which bind nothing: the variables are SHUANGDA_SECURITY_TOTPKEYS_CURRENT and "
                + "SHUANGDA_SECURITY_TOTPKEYS_SECRETS_<ID>)";
        if (!misnamed.isEmpty()) {
            log.warn("Two-factor keys: {} ignored{}", String.join(", ", misnamed), hint);
        }
        Map<String, byte[]> loaded = new LinkedHashMap<>();
        config.secrets().forEach((id, secret) -> loaded.put(id, decodeKey(id, secret)));
        if (loaded.isEmpty()) {
            if (prod) {
                throw new IllegalStateException("The prod profile needs shuangda.security.totp-keys.secrets.<id> "
                        + "(base64 of 16 or 32 random bytes) and shuangda.security.totp-keys.current: two-factor "
                        + "secrets must not be encrypted with the built-in development key" + hint);
            }
            loaded.put(DEV_KEY_ID, DEV_KEY);
        }
        if (prod && loaded.values().stream().anyMatch(k -> Arrays.equals(k, DEV_KEY))) {
            throw new IllegalStateException("The prod profile refuses the development key for two-factor secrets");
        }
        String current = config.current() == null || config.current().isBlank()
                ? loaded.keySet().iterator().next() : config.current().strip();
        if (!loaded.containsKey(current)) {
            throw new IllegalStateException("shuangda.security.totp-keys.current names key '" + current
                    + "' but no shuangda.security.totp-keys.secrets." + current + " is configured");
        }
        this.keys = Map.copyOf(loaded);
        this.currentId = current;
    }

    String encrypt(long userId, byte[] secret) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] body = run(Cipher.ENCRYPT_MODE, currentId, userId, iv, secret);
        return currentId + ":" + Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(IV_BYTES + body.length).put(iv).put(body).array());
    }

    byte[] decrypt(long userId, String stored) {
        int colon = stored.indexOf(':');
        if (colon < 1) {
            throw new IllegalStateException("Not a two-factor ciphertext (no key id)");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        return run(Cipher.DECRYPT_MODE, stored.substring(0, colon), userId, Arrays.copyOfRange(all, 0, IV_BYTES),
                Arrays.copyOfRange(all, IV_BYTES, all.length));
    }

    private byte[] run(int mode, String keyId, long userId, byte[] iv, byte[] input) {
        byte[] key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("No key '" + keyId + "' configured (shuangda.security.totp-keys.secrets)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD((keyId + "|user_totp|" + userId).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Two-factor secret of user " + userId + " failed its integrity check", e);
        }
    }

    /** The environment's variables named as the README once had it ({@value #MISNAMED}…), sorted. */
    static List<String> misnamedVariables(Environment environment) {
        if (!(environment instanceof ConfigurableEnvironment configurable) || !(configurable.getPropertySources()
                .get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME) instanceof EnumerablePropertySource<?> variables)) {
            return List.of();
        }
        return Arrays.stream(variables.getPropertyNames()).filter(n -> n.toUpperCase(java.util.Locale.ROOT).startsWith(MISNAMED))
                .sorted().toList();
    }

    private static byte[] decodeKey(String id, String secret) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret == null ? "" : secret.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("shuangda.security.totp-keys.secrets." + id + " is not base64", e);
        }
        if (key.length != 16 && key.length != 32) {
            throw new IllegalStateException("shuangda.security.totp-keys.secrets." + id
                    + " must be 16 or 32 bytes (AES-128/256), not " + key.length);
        }
        return key;
    }

    /** Configuration of the key ring. */
    @ConfigurationProperties("shuangda.security.totp-keys")
    record TotpKeys(String current, Map<String, String> secrets) {

        TotpKeys {
            secrets = secrets == null ? Map.of() : secrets;
        }
    }
}
