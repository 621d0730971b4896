package org.shuangda.complaints;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Query codes: 8 characters from an alphabet without look-alikes (about 40 bits), shown to the filer once.
 * Stored as SHA-256 of tracking number and code, so the table alone does not open a filing; guessing is
 * stopped by the look-up rate limit.
 */
final class QueryCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String hash(String trackingNo, String code) {
        return sha256(trackingNo + ":" + (code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Equal-time comparison of two hex hashes. */
    static boolean matches(String expectedHash, String trackingNo, String code) {
        return expectedHash != null && MessageDigest.isEqual(expectedHash.getBytes(StandardCharsets.US_ASCII),
                hash(trackingNo, code).getBytes(StandardCharsets.US_ASCII));
    }
}
