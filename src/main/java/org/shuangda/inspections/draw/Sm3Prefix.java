package org.shuangda.inspections.draw;

/**
 * SM3 (GB/T 32905-2016) of many short messages that share a prefix, as the draw hashes them: a million
 * {@code seed|<id>} keys, and {@code seed|I|<entity>|<officer>} for every inspector of every target. The prefix's
 * full 64-byte blocks are compressed once; each message then costs only its last block or two, with no per-byte
 * buffering and no objects. The same function as BouncyCastle's {@code SM3Digest} ({@code Sm3PrefixTests} compares
 * them on random messages); not safe for use by two threads at once (each thread takes its own).
 */
final class Sm3Prefix {

    private static final int[] IV = {0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa,
            0xe38dee4d, 0xb0fb0e4e};
    private static final int[] T = new int[64];

    static {
        for (int j = 0; j < 64; j++) {
            T[j] = Integer.rotateLeft(j < 16 ? 0x79cc4519 : 0x7a879d8a, j % 32);
        }
    }

    private final int[] afterPrefix = new int[8];
    private final byte[] rest;
    private final long prefixLength;
    private final int[] v = new int[8];
    private final int[] w = new int[68];
    private final byte[] last = new byte[128];

    Sm3Prefix(byte[] prefix) {
        System.arraycopy(IV, 0, afterPrefix, 0, 8);
        int full = prefix.length / 64 * 64;
        for (int off = 0; off < full; off += 64) {
            compress(afterPrefix, prefix, off, w);
        }
        rest = java.util.Arrays.copyOfRange(prefix, full, prefix.length);
        prefixLength = prefix.length;
    }

    /** SM3 of the prefix, then {@code length} bytes of {@code tail} from {@code from}; into {@code out}'s first 32. */
    void digest(byte[] tail, int from, int length, byte[] out) {
        int n = rest.length + length;
        if (n > 119) {
            throw new IllegalArgumentException("the part after the prefix's last full block must fit two blocks");
        }
        System.arraycopy(rest, 0, last, 0, rest.length);
        System.arraycopy(tail, from, last, rest.length, length);
        int blocks = n + 9 <= 64 ? 1 : 2;
        int end = blocks * 64;
        last[n] = (byte) 0x80;
        java.util.Arrays.fill(last, n + 1, end - 8, (byte) 0);
        long bits = (prefixLength + length) * 8;
        for (int i = 0; i < 8; i++) {
            last[end - 1 - i] = (byte) (bits >>> (8 * i));
        }
        System.arraycopy(afterPrefix, 0, v, 0, 8);
        compress(v, last, 0, w);
        if (blocks == 2) {
            compress(v, last, 64, w);
        }
        for (int i = 0; i < 8; i++) {
            out[4 * i] = (byte) (v[i] >>> 24);
            out[4 * i + 1] = (byte) (v[i] >>> 16);
            out[4 * i + 2] = (byte) (v[i] >>> 8);
            out[4 * i + 3] = (byte) v[i];
        }
    }

    /** The compression function CF over the 64 bytes at {@code off}. */
    private static void compress(int[] v, byte[] block, int off, int[] w) {
        for (int j = 0; j < 16; j++) {
            int p = off + 4 * j;
            w[j] = block[p] << 24 | (block[p + 1] & 0xff) << 16 | (block[p + 2] & 0xff) << 8 | block[p + 3] & 0xff;
        }
        for (int j = 16; j < 68; j++) {
            int x = w[j - 16] ^ w[j - 9] ^ Integer.rotateLeft(w[j - 3], 15);
            w[j] = (x ^ Integer.rotateLeft(x, 15) ^ Integer.rotateLeft(x, 23)) ^ Integer.rotateLeft(w[j - 13], 7)
                    ^ w[j - 6];
        }
        int a = v[0], b = v[1], c = v[2], d = v[3], e = v[4], f = v[5], g = v[6], h = v[7];
        for (int j = 0; j < 64; j++) {
            int a12 = Integer.rotateLeft(a, 12);
            int ss1 = Integer.rotateLeft(a12 + e + T[j], 7);
            int ss2 = ss1 ^ a12;
            int ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
            int gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
            int tt1 = ff + d + ss2 + (w[j] ^ w[j + 4]);
            int tt2 = gg + h + ss1 + w[j];
            d = c;
            c = Integer.rotateLeft(b, 9);
            b = a;
            a = tt1;
            h = g;
            g = Integer.rotateLeft(f, 19);
            f = e;
            e = tt2 ^ Integer.rotateLeft(tt2, 9) ^ Integer.rotateLeft(tt2, 17);
        }
        v[0] ^= a;
        v[1] ^= b;
        v[2] ^= c;
        v[3] ^= d;
        v[4] ^= e;
        v[5] ^= f;
        v[6] ^= g;
        v[7] ^= h;
    }
}
