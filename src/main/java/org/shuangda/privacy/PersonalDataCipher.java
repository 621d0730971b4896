package org.shuangda.privacy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.core.env.Environment;

/**
 * SM4-GCM (国密 block cipher, authenticated) for personal data at rest: a filer's name, phone, ID number and
 * address (complaints), a case party's ID number (cases), a legal representative's ID number (entities). Each ciphertext is {@code keyId:base64(iv |
 * ciphertext | tag)} with the key id and the field name as associated data, so a value cannot be moved to
 * another column and keys rotate: old ciphertexts decrypt with their own key and {@link PersonalDataKeyRotation}
 * re-encrypts them under the current one. One key ring for every module, so that there is one rotation to run
 * and one set of secrets to guard (it was the complaints module's own until case parties needed it too).
 *
 * <p>Keys come from {@code shuangda.privacy.keys.secrets.<id>} (base64 of 16 bytes) with
 * {@code shuangda.privacy.keys.current}; the earlier names {@code shuangda.complaints.keys.*} are still read when
 * the new ones are not set (see {@link PrivacyConfiguration}). Without any, a built-in development key is used,
 * which the {@code prod} profile refuses at start-up.
 */
public class PersonalDataCipher {

    static final String DEV_KEY_ID = "dev";
    private static final byte[] DEV_KEY = "shuangda-dev-key".getBytes(StandardCharsets.US_ASCII);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** Per instance: another instance (a test, a rotation) may use the same key id for other key bytes. */
    private final ThreadLocal<Map<String, GCMModeCipher>> ciphers =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> keys;
    private final String currentId;

    PersonalDataCipher(PersonalDataKeys config, Environment environment) {
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        Map<String, byte[]> loaded = new LinkedHashMap<>();
        config.secrets().forEach((id, secret) -> loaded.put(id, decodeKey(id, secret)));
        if (loaded.isEmpty()) {
            if (prod) {
                throw new IllegalStateException("The prod profile needs shuangda.privacy.keys.secrets.<id> "
                        + "(base64 of 16 random bytes) and shuangda.privacy.keys.current: personal data "
                        + "must not be encrypted with the built-in development key");
            }
            loaded.put(DEV_KEY_ID, DEV_KEY);
        }
        if (prod && loaded.values().stream().anyMatch(k -> Arrays.equals(k, DEV_KEY))) {
            throw new IllegalStateException("The prod profile refuses the development key for personal data");
        }
        String current = config.current() == null || config.current().isBlank()
                ? loaded.keySet().iterator().next() : config.current().strip();
        if (!loaded.containsKey(current)) {
            throw new IllegalStateException("shuangda.privacy.keys.current names key '" + current
                    + "' but no shuangda.privacy.keys.secrets." + current + " is configured");
        }
        this.keys = Map.copyOf(loaded);
        this.currentId = current;
    }

    public String currentKeyId() {
        return currentId;
    }

    /** Null and blank stay null: nothing to protect. */
    public String encrypt(String field, String plain) {
        if (plain == null || plain.isBlank()) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] out = run(true, currentId, field, iv, plain.strip().getBytes(StandardCharsets.UTF_8));
        byte[] all = new byte[IV_BYTES + out.length];
        System.arraycopy(iv, 0, all, 0, IV_BYTES);
        System.arraycopy(out, 0, all, IV_BYTES, out.length);
        return currentId + ":" + Base64.getEncoder().encodeToString(all);
    }

    public String decrypt(String field, String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (colon < 1) {
            throw new IllegalStateException("Not a ciphertext of this module (no key id)");
        }
        String keyId = stored.substring(0, colon);
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        byte[] iv = Arrays.copyOfRange(all, 0, IV_BYTES);
        byte[] body = Arrays.copyOfRange(all, IV_BYTES, all.length);
        return new String(run(false, keyId, field, iv, body), StandardCharsets.UTF_8);
    }

    /** The key id a stored ciphertext was made with. */
    public static String keyIdOf(String stored) {
        return stored == null ? null : stored.substring(0, Math.max(0, stored.indexOf(':')));
    }

    private byte[] run(boolean encrypt, String keyId, String field, byte[] iv, byte[] input) {
        byte[] key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("No key '" + keyId + "' configured (shuangda.privacy.keys.secrets)");
        }
        // a GCM cipher set up with its key is kept per thread and key: the key schedule and GCM's
        // multiplication tables were most of the cost of an intake's five encryptions when built per call;
        // a later init without a key keeps them and only sets the fresh IV and the associated data
        Map<String, GCMModeCipher> mine = ciphers.get();
        GCMModeCipher gcm = mine.get(keyId);
        KeyParameter keyParameter = null;
        if (gcm == null) {
            gcm = GCMBlockCipher.newInstance(new SM4Engine());
            keyParameter = new KeyParameter(key);
        }
        gcm.init(encrypt, new AEADParameters(keyParameter, TAG_BITS, iv,
                (keyId + "|" + field).getBytes(StandardCharsets.UTF_8)));
        byte[] out = new byte[gcm.getOutputSize(input.length)];
        int n;
        try {
            n = gcm.processBytes(input, 0, input.length, out, 0);
            n += gcm.doFinal(out, n);
            mine.put(keyId, gcm);
        } catch (InvalidCipherTextException e) {
            mine.remove(keyId);
            throw new IllegalStateException("Ciphertext of " + field + " failed its integrity check", e);
        } catch (RuntimeException e) {
            mine.remove(keyId); // never reuse a cipher left in an unknown state
            throw e;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static byte[] decodeKey(String id, String secret) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret == null ? "" : secret.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("shuangda.privacy.keys.secrets." + id + " is not base64", e);
        }
        if (key.length != 16) {
            throw new IllegalStateException("shuangda.privacy.keys.secrets." + id
                    + " must be 16 bytes (SM4-128), not " + key.length);
        }
        return key;
    }

    /** Configuration of the key ring: the current key's id and every key by id (base64 of 16 bytes). */
    public record PersonalDataKeys(String current, Map<String, String> secrets) {

        public PersonalDataKeys {
            secrets = secrets == null ? Map.of() : secrets;
        }
    }
}
