package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.STRING;

import dev.windlass.gotemplate.GoFunc;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Adler32;

/**
 * Sprig's encodings and checksums: base64/base32 with Go's decoders (a decode error is returned as
 * the text, {@code illegal base64 data at input byte N}), sha1/sha256/sha512 hex and adler32.
 */
final class SprigEncoding {

    static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private SprigEncoding() {
    }

    static List<GoFunc> functions() {
        List<GoFunc> f = new ArrayList<>();
        f.add(GoFunc.of("b64enc", a -> Base64.getEncoder().encodeToString(utf8(a[0])), STRING));
        f.add(GoFunc.of("b64dec", a -> decode((String) a[0], BASE64, 4, "base64"), STRING));
        f.add(GoFunc.of("b32enc", a -> base32((String) a[0]), STRING));
        f.add(GoFunc.of("b32dec", a -> decode(((String) a[0]).replace("\r", "").replace("\n", ""), B32, 8,
                "base32"), STRING));
        f.add(GoFunc.of("sha1sum", a -> digest("SHA-1", (String) a[0]), STRING));
        f.add(GoFunc.of("sha256sum", a -> digest("SHA-256", (String) a[0]), STRING));
        f.add(GoFunc.of("sha512sum", a -> digest("SHA-512", (String) a[0]), STRING));
        f.add(GoFunc.of("adler32sum", a -> {
            Adler32 sum = new Adler32();
            sum.update(utf8(a[0]));
            return Long.toString(sum.getValue());
        }, STRING));
        return f;
    }

    static byte[] utf8(Object s) {
        return ((String) s).getBytes(StandardCharsets.UTF_8);
    }

    static String digest(String algorithm, String input) {
        return HexFormat.of().formatHex(digestBytes(algorithm, input));
    }

    static byte[] digestBytes(String algorithm, String input) {
        try {
            return MessageDigest.getInstance(algorithm).digest(utf8(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base32(String s) {
        byte[] in = utf8(s);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < in.length; i += 5) {
            long block = 0;
            int n = Math.min(5, in.length - i);
            for (int k = 0; k < 5; k++) {
                block = (block << 8) | (k < n ? in[i + k] & 0xFF : 0);
            }
            int chars = (n * 8 + 4) / 5;
            for (int k = 0; k < 8; k++) {
                out.append(k < chars ? B32.charAt((int) ((block >>> (35 - 5 * k)) & 31)) : '=');
            }
        }
        return out.toString();
    }

    /**
     * Go's padded base64/base32 decoding: newlines ignored (base64), padding required, the text of
     * a CorruptInputError returned in place of the result.
     */
    static String decode(String s, String alphabet, int quantum, String name) {
        byte[] src = s.getBytes(StandardCharsets.UTF_8);
        int bits = quantum == 4 ? 6 : 5;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int si = 0;
        while (true) {
            long acc = 0;
            int j = 0;
            boolean end = false;
            for (; j < quantum; j++) {
                if (si == src.length) {
                    if (j == 0) {
                        return out.toString(StandardCharsets.UTF_8);
                    }
                    return corrupt(name, si - j);
                }
                int in = src[si++] & 0xFF;
                int d = alphabet.indexOf(in);
                if (in < 128 && d >= 0) {
                    acc = (acc << bits) | d;
                    continue;
                }
                if (in == '\n' || in == '\r') {
                    j--;
                    continue;
                }
                if (in != '=') {
                    return corrupt(name, si - 1);
                }
                int padError = padding(src, si, j, quantum);
                if (padError != -1) {
                    return corrupt(name, padError);
                }
                end = true;
                break;
            }
            int validBytes = j * bits / 8;
            acc <<= (quantum - j) * bits;
            int totalBytes = quantum * bits / 8;
            for (int k = 0; k < validBytes; k++) {
                out.write((int) (acc >>> (8 * (totalBytes - 1 - k))) & 0xFF);
            }
            if (end) {
                return out.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /** Checks the padding that starts just before {@code si}; −1 when fine, else the error offset. */
    private static int padding(byte[] src, int si, int j, int quantum) {
        if (quantum == 4) {
            if (j < 2) {
                return si - 1;
            }
            if (j == 2) {
                while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
                    si++;
                }
                if (si == src.length) {
                    return src.length;
                }
                if (src[si] != '=') {
                    return si - 1;
                }
                si++;
            }
            while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
                si++;
            }
            return si < src.length ? si : -1;
        }
        int need = quantum - 1 - j;
        if (src.length - si < need) {
            return src.length;
        }
        for (int k = 0; k < need; k++) {
            if (src[si + k] != '=') {
                return si + k - 1;
            }
        }
        if (j == 1 || j == 3 || j == 6 || j == 0) {
            return si - 1;
        }
        return si + need < src.length ? si + need : -1;
    }

    private static String corrupt(String name, int offset) {
        return "illegal " + name + " data at input byte " + offset;
    }
}
