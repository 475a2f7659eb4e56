package dev.windlass.gotemplate.sprig;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** scrypt (RFC 7914) over the JDK's HMAC-SHA256, for Sprig's derivePassword. */
final class SprigScrypt {

    private SprigScrypt() {
    }

    static byte[] key(byte[] password, byte[] salt, int n, int r, int p, int keyLen) {
        byte[] b = pbkdf2(password, salt, p * 128 * r);
        int[] xy = new int[64 * r];
        int[] v = new int[32 * r * n];
        for (int i = 0; i < p; i++) {
            romix(b, i * 128 * r, r, n, v, xy);
        }
        return pbkdf2(password, b, keyLen);
    }

    /** PBKDF2-HMAC-SHA256 with one iteration. */
    static byte[] pbkdf2(byte[] password, byte[] salt, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // HMAC pads keys with zeros, so a single zero byte stands for the empty key the JDK refuses.
            mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA256"));
            byte[] out = new byte[length];
            for (int block = 1, off = 0; off < length; block++, off += 32) {
                mac.update(salt);
                mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
                byte[] u = mac.doFinal();
                System.arraycopy(u, 0, out, off, Math.min(32, length - off));
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void romix(byte[] b, int off, int r, int n, int[] v, int[] xy) {
        int words = 32 * r;
        int[] x = new int[words];
        for (int i = 0; i < words; i++) {
            int k = off + i * 4;
            x[i] = (b[k] & 0xFF) | (b[k + 1] & 0xFF) << 8 | (b[k + 2] & 0xFF) << 16 | (b[k + 3] & 0xFF) << 24;
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, r, xy);
        }
        for (int i = 0; i < n; i++) {
            int j = x[(2 * r - 1) * 16] & (n - 1);
            for (int k = 0; k < words; k++) {
                x[k] ^= v[j * words + k];
            }
            blockMix(x, r, xy);
        }
        for (int i = 0; i < words; i++) {
            int k = off + i * 4;
            b[k] = (byte) x[i];
            b[k + 1] = (byte) (x[i] >>> 8);
            b[k + 2] = (byte) (x[i] >>> 16);
            b[k + 3] = (byte) (x[i] >>> 24);
        }
    }

    private static void blockMix(int[] b, int r, int[] y) {
        int[] x = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, x, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                x[k] ^= b[i * 16 + k];
            }
            salsa8(x);
            System.arraycopy(x, 0, y, i * 16, 16);
        }
        for (int i = 0; i < r; i++) {
            System.arraycopy(y, (2 * i) * 16, b, i * 16, 16);
            System.arraycopy(y, (2 * i + 1) * 16, b, (r + i) * 16, 16);
        }
    }

    private static void salsa8(int[] b) {
        int[] x = b.clone();
        for (int i = 0; i < 8; i += 2) {
            x[4] ^= Integer.rotateLeft(x[0] + x[12], 7);
            x[8] ^= Integer.rotateLeft(x[4] + x[0], 9);
            x[12] ^= Integer.rotateLeft(x[8] + x[4], 13);
            x[0] ^= Integer.rotateLeft(x[12] + x[8], 18);
            x[9] ^= Integer.rotateLeft(x[5] + x[1], 7);
            x[13] ^= Integer.rotateLeft(x[9] + x[5], 9);
            x[1] ^= Integer.rotateLeft(x[13] + x[9], 13);
            x[5] ^= Integer.rotateLeft(x[1] + x[13], 18);
            x[14] ^= Integer.rotateLeft(x[10] + x[6], 7);
            x[2] ^= Integer.rotateLeft(x[14] + x[10], 9);
            x[6] ^= Integer.rotateLeft(x[2] + x[14], 13);
            x[10] ^= Integer.rotateLeft(x[6] + x[2], 18);
            x[3] ^= Integer.rotateLeft(x[15] + x[11], 7);
            x[7] ^= Integer.rotateLeft(x[3] + x[15], 9);
            x[11] ^= Integer.rotateLeft(x[7] + x[3], 13);
            x[15] ^= Integer.rotateLeft(x[11] + x[7], 18);
            x[1] ^= Integer.rotateLeft(x[0] + x[3], 7);
            x[2] ^= Integer.rotateLeft(x[1] + x[0], 9);
            x[3] ^= Integer.rotateLeft(x[2] + x[1], 13);
            x[0] ^= Integer.rotateLeft(x[3] + x[2], 18);
            x[6] ^= Integer.rotateLeft(x[5] + x[4], 7);
            x[7] ^= Integer.rotateLeft(x[6] + x[5], 9);
            x[4] ^= Integer.rotateLeft(x[7] + x[6], 13);
            x[5] ^= Integer.rotateLeft(x[4] + x[7], 18);
            x[11] ^= Integer.rotateLeft(x[10] + x[9], 7);
            x[8] ^= Integer.rotateLeft(x[11] + x[10], 9);
            x[9] ^= Integer.rotateLeft(x[8] + x[11], 13);
            x[10] ^= Integer.rotateLeft(x[9] + x[8], 18);
            x[12] ^= Integer.rotateLeft(x[15] + x[14], 7);
            x[13] ^= Integer.rotateLeft(x[12] + x[15], 9);
            x[14] ^= Integer.rotateLeft(x[13] + x[12], 13);
            x[15] ^= Integer.rotateLeft(x[14] + x[13], 18);
        }
        for (int i = 0; i < 16; i++) {
            b[i] += x[i];
        }
    }
}
