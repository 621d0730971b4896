package org.shuangda.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * SM4-GCM of personal data (filers', case parties'): round trip, random IVs, integrity, rotation and the prod
 * guard. (Was complaints' FilerCipherTest; the cipher moved to the privacy module unchanged.)
 */
class PersonalDataCipherTest {

    static final String K1 = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes());
    static final String K2 = Base64.getEncoder().encodeToString("fedcba9876543210".getBytes());

    static PersonalDataCipher cipher(String current, Map<String, String> secrets, String... profiles) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(profiles);
        return new PersonalDataCipher(new PersonalDataCipher.PersonalDataKeys(current, secrets), env);
    }

    @Test
    void encryptsWithARandomIvAndTheKeyIdAndDecryptsBack() {
        PersonalDataCipher c = cipher("k1", Map.of("k1", K1));
        String a = c.encrypt("name", "张三丰");
        String b = c.encrypt("name", "张三丰");
        assertThat(a).startsWith("k1:").isNotEqualTo(b).doesNotContain("张三丰");
        assertThat(c.decrypt("name", a)).isEqualTo("张三丰");
        assertThat(c.encrypt("name", "  ")).isNull();
    }

    @Test
    void aTamperedCiphertextOrOneMovedToAnotherFieldFailsItsCheck() {
        PersonalDataCipher c = cipher("k1", Map.of("k1", K1));
        String stored = c.encrypt("phone", "13812345678");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "k1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> c.decrypt("phone", tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> c.decrypt("name", stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterRotationOldCiphertextsStillDecryptAndNewOnesUseTheCurrentKey() {
        String old = cipher("k1", Map.of("k1", K1)).encrypt("address", "黎城县黎侯镇");
        PersonalDataCipher rotated = cipher("k2", Map.of("k1", K1, "k2", K2));
        assertThat(rotated.decrypt("address", old)).isEqualTo("黎城县黎侯镇");
        assertThat(rotated.encrypt("address", "黎城县黎侯镇")).startsWith("k2:");
        assertThatThrownBy(() -> cipher("k2", Map.of("k2", K2)).decrypt("address", old))
                .hasMessageContaining("k1");
    }

    /** The cipher is kept per thread and key (bench/complaints/README.md): reuse must never mix up values or keys. */
    @Test
    void theReusedCipherStaysCorrectAfterAFailedCheckAndAcrossInstancesWithTheSameKeyId() {
        PersonalDataCipher c = cipher("k1", Map.of("k1", K1));
        String name = c.encrypt("name", "张三丰");
        String phone = c.encrypt("phone", "13812345678");
        int at = "k1:".length() + 20; // inside the ciphertext, far from base64 padding
        String tampered = phone.substring(0, at) + (phone.charAt(at) == 'A' ? 'B' : 'A') + phone.substring(at + 1);
        assertThatThrownBy(() -> c.decrypt("phone", tampered)).isInstanceOf(IllegalStateException.class);
        assertThat(c.decrypt("name", name)).isEqualTo("张三丰");
        assertThat(c.decrypt("phone", phone)).isEqualTo("13812345678");
        PersonalDataCipher otherBytesSameId = cipher("k1", Map.of("k1", K2));
        assertThatThrownBy(() -> otherBytesSameId.decrypt("name", name)).isInstanceOf(IllegalStateException.class);
        assertThat(otherBytesSameId.decrypt("name", otherBytesSameId.encrypt("name", "李四"))).isEqualTo("李四");
        assertThat(c.decrypt("name", name)).isEqualTo("张三丰");
    }

    @Test
    void theDevelopmentKeyServesOnlyOutsideProd() {
        assertThat(cipher(null, Map.of()).encrypt("name", "x")).startsWith("dev:");
        assertThatThrownBy(() -> cipher(null, Map.of(), "prod")).hasMessageContaining("prod");
        String devKey = Base64.getEncoder().encodeToString("shuangda-dev-key".getBytes());
        assertThatThrownBy(() -> cipher("x", Map.of("x", devKey), "prod")).hasMessageContaining("development key");
        assertThat(cipher("k1", Map.of("k1", K1), "prod").currentKeyId()).isEqualTo("k1");
        assertThatThrownBy(() -> cipher("k9", Map.of("k1", K1))).hasMessageContaining("k9");
        assertThatThrownBy(() -> cipher("k1", Map.of("k1", "c2hvcnQ="))).hasMessageContaining("16 bytes");
    }

    /** Installations that set the complaints module's key names keep their keys; the new names win when set. */
    @Test
    void theEarlierComplaintsKeyNamesAreReadWhenThePrivacyOnesAreNotSet() {
        MockEnvironment earlier = new MockEnvironment().withProperty("shuangda.complaints.keys.current", "k1")
                .withProperty("shuangda.complaints.keys.secrets.k1", K1);
        PersonalDataCipher.PersonalDataKeys keys = PrivacyConfiguration.keys(earlier);
        assertThat(keys.current()).isEqualTo("k1");
        assertThat(keys.secrets()).containsEntry("k1", K1);
        MockEnvironment both = earlier.withProperty("shuangda.privacy.keys.current", "k2")
                .withProperty("shuangda.privacy.keys.secrets.k2", K2);
        assertThat(PrivacyConfiguration.keys(both).current()).isEqualTo("k2");
        assertThat(PrivacyConfiguration.keys(both).secrets()).containsOnlyKeys("k2");
        assertThat(PrivacyConfiguration.keys(new MockEnvironment()).secrets()).isEmpty();
    }
}
