package org.shuangda.inspections.draw;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905-2016) over UTF-8 text, as lower-case hex: the one hash of the draw (BouncyCastle). */
final class Sm3 {

    private static final HexFormat HEX = HexFormat.of();

    private Sm3() {
    }

    static byte[] digest(byte[] input) {
        SM3Digest d = new SM3Digest();
        d.update(input, 0, input.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    static String hex(String text) {
        return HEX.formatHex(digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
