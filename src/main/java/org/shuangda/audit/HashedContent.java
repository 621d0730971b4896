package org.shuangda.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * Everything of an audit entry that its hash covers, in a fixed order. The recorder builds it from the
 * event, the verifier from the row read back; both must give the same {@link #canonical()} text.
 * {@code occurredAt} must already be truncated to microseconds (what PostgreSQL keeps), and {@code before}
 * and {@code after} normalised by {@link CanonicalJson}.
 */
record HashedContent(long id, Instant occurredAt, Long actorUserId, String actorUsername, String actorName,
        Long actorUnitId, String actorUnitName, String actorUnitPath, String actorRegionPath, String clientIp,
        String action, String objectType, String objectId, String summary, Map<String, Object> before,
        Map<String, Object> after) {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    /**
     * Hashed with every entry. Changing the canonical form would break every stored hash: a new form needs a
     * new tag and a format column saying which entries use which.
     */
    private static final String FORMAT = "shuangda-audit-v1";

    private static final DateTimeFormatter MICROS = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** One JSON array: format tag, then every column in table order. */
    String canonical() {
        return CanonicalJson.write(CanonicalJson.normalise(Arrays.asList(FORMAT, id, MICROS.format(occurredAt),
                actorUserId, actorUsername, actorName, actorUnitId, actorUnitName, actorUnitPath,
                actorRegionPath, clientIp, action, objectType, objectId, summary, before, after)));
    }

    /** The same content at chain position {@code position} (entries get their id only when appended). */
    HashedContent at(long position) {
        return new HashedContent(position, occurredAt, actorUserId, actorUsername, actorName, actorUnitId,
                actorUnitName, actorUnitPath, actorRegionPath, clientIp, action, objectType, objectId, summary,
                before, after);
    }

    /** {@code SM3(previousHash || canonical())} as 64 lower-case hex digits. */
    String hash(String previousHash) {
        return sm3Hex(previousHash + canonical());
    }

    static String sm3Hex(String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        SM3Digest digest = new SM3Digest();
        digest.update(input, 0, input.length);
        byte[] output = new byte[digest.getDigestSize()];
        digest.doFinal(output, 0);
        return HexFormat.of().formatHex(output);
    }
}
