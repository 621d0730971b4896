package org.shuangda.inspections.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

/** The draw's own SM3 of prefixed short messages equals BouncyCastle's SM3 and the standard's example. */
class Sm3PrefixTests {

    @Test
    void the_standards_example_abc() {
        byte[] out = new byte[32];
        new Sm3Prefix(new byte[0]).digest("abc".getBytes(StandardCharsets.US_ASCII), 0, 3, out);
        // GB/T 32905-2016, appendix A.1
        assertThat(Sm3.hex(out)).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void equals_bouncycastle_on_random_prefixes_and_tails() {
        SplittableRandom random = new SplittableRandom(20261207);
        for (int i = 0; i < 3000; i++) {
            byte[] prefix = new byte[random.nextInt(200)];
            random.nextBytes(prefix);
            int restLength = prefix.length % 64;
            byte[] tail = new byte[random.nextInt(Math.max(1, 120 - restLength))];
            random.nextBytes(tail);
            byte[] ours = new byte[32];
            new Sm3Prefix(prefix).digest(tail, 0, tail.length, ours);
            SM3Digest bc = new SM3Digest();
            bc.update(prefix, 0, prefix.length);
            bc.update(tail, 0, tail.length);
            byte[] theirs = new byte[32];
            bc.doFinal(theirs, 0);
            assertThat(ours).as("prefix %d bytes, tail %d bytes", prefix.length, tail.length).isEqualTo(theirs);
        }
    }

    @Test
    void one_prefix_serves_many_tails() {
        Sm3Prefix prefix = new Sm3Prefix(("a".repeat(64) + "|").getBytes(StandardCharsets.US_ASCII));
        for (long id = 1; id < 2000; id += 37) {
            byte[] digits = Long.toString(id).getBytes(StandardCharsets.US_ASCII);
            byte[] ours = new byte[32];
            prefix.digest(digits, 0, digits.length, ours);
            assertThat(ours).isEqualTo(Sm3.digest(("a".repeat(64) + "|" + id).getBytes(StandardCharsets.US_ASCII)));
        }
    }
}
