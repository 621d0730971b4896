package org.shuangda.reporting.workbooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.shuangda.platform.Settings;
import org.springframework.stereotype.Component;

/**
 * Signs the hidden facts of a downloaded report workbook (round, unit, template version, indicator rows)
 * with an HMAC-SHA256 whose key never leaves the server, so an edited hidden sheet is detected on upload.
 * The key is made once per installation and kept in the platform's {@link Settings}.
 */
@Component
class WorkbookSeal {

    private static final String KEY = "reporting.workbook.hmac-key";

    private final Settings settings;
    private volatile byte[] key;

    WorkbookSeal(Settings settings) {
        this.settings = settings;
    }

    String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    boolean verify(String content, String seal) {
        return seal != null && MessageDigest.isEqual(sign(content).getBytes(StandardCharsets.US_ASCII),
                seal.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] key() {
        if (key == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            // of two instances starting at once, both sign with the key the first one stored
            key = HexFormat.of().parseHex(settings.putIfAbsent(KEY, HexFormat.of().formatHex(fresh)));
        }
        return key;
    }
}
