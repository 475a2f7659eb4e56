package dev.windlass.gotemplate.sprig;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * bcrypt as golang.org/x/crypto/bcrypt produces it ({@code $2a$10$...}): the expensive Blowfish key
 * schedule over the password (NUL-terminated, at most 72 bytes) and a random 16-byte salt. The
 * Blowfish initial state (the hexadecimal digits of pi) is computed once with Machin's formula.
 */
final class SprigBcrypt {

    private static final String B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int[] PI_WORDS = piWords(18 + 1024);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int[] p = new int[18];
    private final int[] s = new int[1024];

    private SprigBcrypt() {
        System.arraycopy(PI_WORDS, 0, p, 0, 18);
        System.arraycopy(PI_WORDS, 18, s, 0, 1024);
    }

    /** The first {@code count} 32-bit words of pi's fractional part. */
    private static int[] piWords(int count) {
        int bits = count * 32 + 64;
        BigInteger one = BigInteger.ONE.shiftLeft(bits);
        BigInteger pi = arctanInverse(5, one).multiply(BigInteger.valueOf(16))
                .subtract(arctanInverse(239, one).multiply(BigInteger.valueOf(4)));
        BigInteger fraction = pi.subtract(BigInteger.valueOf(3).shiftLeft(bits)).shiftRight(64);
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = fraction.shiftRight((count - 1 - i) * 32).intValue();
        }
        return words;
    }

    private static BigInteger arctanInverse(int x, BigInteger one) {
        BigInteger xs = BigInteger.valueOf(x);
        BigInteger x2 = BigInteger.valueOf((long) x * x);
        BigInteger term = one.divide(xs);
        BigInteger sum = term;
        for (int k = 1; term.signum() != 0; k++) {
            term = term.divide(x2);
            BigInteger t = term.divide(BigInteger.valueOf(2L * k + 1));
            sum = k % 2 == 1 ? sum.subtract(t) : sum.add(t);
        }
        return sum;
    }

    /** {@code bcrypt.GenerateFromPassword(password, 10)}; null when the password exceeds 72 bytes. */
    static String hash(String password, int cost) {
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        if (pw.length > 72) {
            return null;
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return hash(pw, salt, cost);
    }

    static String hash(byte[] pw, byte[] salt, int cost) {
        byte[] key = new byte[pw.length + 1];
        System.arraycopy(pw, 0, key, 0, pw.length);
        SprigBcrypt state = new SprigBcrypt();
        state.expand(key, salt);
        for (long round = 0; round < (1L << cost); round++) {
            state.expand(key, null);
            state.expand(salt, null);
        }
        int[] text = words("OrpheanBeholderScryDoubt".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 6; j += 2) {
                int[] lr = state.encrypt(text[j], text[j + 1]);
                text[j] = lr[0];
                text[j + 1] = lr[1];
            }
        }
        byte[] raw = new byte[24];
        for (int i = 0; i < 6; i++) {
            raw[4 * i] = (byte) (text[i] >>> 24);
            raw[4 * i + 1] = (byte) (text[i] >>> 16);
            raw[4 * i + 2] = (byte) (text[i] >>> 8);
            raw[4 * i + 3] = (byte) text[i];
        }
        byte[] hashBytes = new byte[23];
        System.arraycopy(raw, 0, hashBytes, 0, 23);
        return String.format("$2a$%02d$", cost) + encode(salt) + encode(hashBytes);
    }

    private static int[] words(byte[] b) {
        int[] w = new int[b.length / 4];
        for (int i = 0; i < w.length; i++) {
            w[i] = (b[4 * i] & 0xFF) << 24 | (b[4 * i + 1] & 0xFF) << 16 | (b[4 * i + 2] & 0xFF) << 8
                    | (b[4 * i + 3] & 0xFF);
        }
        return w;
    }

    /** bcrypt's base64 alphabet, unpadded. */
    static String encode(byte[] b) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < b.length; i += 3) {
            int n = Math.min(3, b.length - i);
            int v = (b[i] & 0xFF) << 16 | (n > 1 ? (b[i + 1] & 0xFF) << 8 : 0) | (n > 2 ? b[i + 2] & 0xFF : 0);
            for (int k = 0; k <= n; k++) {
                out.append(B64.charAt((v >>> (18 - 6 * k)) & 63));
            }
        }
        return out.toString();
    }

    private int f(int x) {
        int h = s[x >>> 24] + s[256 + ((x >>> 16) & 0xFF)];
        return (h ^ s[512 + ((x >>> 8) & 0xFF)]) + s[768 + (x & 0xFF)];
    }

    private int[] encrypt(int l, int r) {
        l ^= p[0];
        for (int i = 1; i <= 16; i += 2) {
            r ^= f(l) ^ p[i];
            l ^= f(r) ^ p[i + 1];
        }
        return new int[] {r ^ p[17], l};
    }

    /** Blowfish key expansion, salted when {@code salt} is non-null. */
    private void expand(byte[] key, byte[] salt) {
        int[] kp = {0};
        for (int i = 0; i < 18; i++) {
            p[i] ^= streamWord(key, kp);
        }
        int[] sp = {0};
        int l = 0;
        int r = 0;
        for (int i = 0; i < 18 + 1024; i += 2) {
            if (salt != null) {
                l ^= streamWord(salt, sp);
                r ^= streamWord(salt, sp);
            }
            int[] lr = encrypt(l, r);
            l = lr[0];
            r = lr[1];
            if (i < 18) {
                p[i] = l;
                p[i + 1] = r;
            } else {
                s[i - 18] = l;
                s[i - 17] = r;
            }
        }
    }

    private static int streamWord(byte[] data, int[] pos) {
        int w = 0;
        for (int i = 0; i < 4; i++) {
            w = (w << 8) | (data[pos[0]] & 0xFF);
            pos[0] = (pos[0] + 1) % data.length;
        }
        return w;
    }
}
