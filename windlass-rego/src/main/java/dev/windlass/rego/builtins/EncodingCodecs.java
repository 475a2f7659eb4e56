package dev.windlass.rego.builtins;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;

/**
  * Base64 and hex decoding with Go's rules and error texts ({@code illegal base64 data at input
  * byte 4}, {@code encoding/hex: odd length hex string}): padding is required, CR and LF are
  * skipped, and the offset in an error counts bytes of the input.
  */
final class EncodingCodecs {
    private static final String STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private EncodingCodecs() {}

    /** Thrown with Go's message for malformed input. */
    static final class DecodeException extends Exception {
        private static final long serialVersionUID = 1L;

        DecodeException(String message) {
            super(message);
        }
    }

    static String encodeStd(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String encodeUrl(byte[] bytes, boolean pad) {
        Base64.Encoder encoder = Base64.getUrlEncoder();
        return (pad ? encoder : encoder.withoutPadding()).encodeToString(bytes);
    }

    static byte[] decodeStd(byte[] src) throws DecodeException {
        return decode(src, STD);
    }

    static byte[] decodeUrl(byte[] src) throws DecodeException {
        return decode(src, URL);
    }

    private static byte[] decode(byte[] src, String alphabet) throws DecodeException {
        int[] map = new int[256];
        Arrays.fill(map, -1);
        for (int i = 0; i < alphabet.length(); i++) {
            map[alphabet.charAt(i)] = i;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] position = {0};
        while (position[0] < src.length) {
            if (!quantum(src, map, position, out)) {
                break;
            }
        }
        return out.toByteArray();
    }

    /**
      * Decodes up to four characters at {@code position[0]} into {@code out}, as Go's
      * decodeQuantum does; false once padding (or the end) closes the input.
      */
    private static boolean quantum(byte[] src, int[] map, int[] position, ByteArrayOutputStream out)
            throws DecodeException {
        int[] quantum = new int[4];
        int si = position[0];
        int j = 0;
        int end = -1;
        while (j < 4 && end < 0) {
            if (si == src.length) {
                if (j == 0) {
                    position[0] = si;
                    return false;
                }
                throw corrupt(si - j);
            }
            int in = src[si++] & 0xff;
            if (map[in] >= 0) {
                quantum[j++] = map[in];
            } else if (in != '\n' && in != '\r') {
                if (in != '=') {
                    throw corrupt(si - 1);
                }
                si = padding(src, si, j);
                end = j;
            }
        }
        position[0] = si;
        int n = end < 0 ? 4 : end;
        int bits = (quantum[0] << 18) | (quantum[1] << 12) | (quantum[2] << 6) | quantum[3];
        out.write(bits >> 16);
        if (n > 2) {
            out.write((bits >> 8) & 0xff);
        }
        if (n > 3) {
            out.write(bits & 0xff);
        }
        return end < 0;
    }

    /** Checks the padding that starts at {@code si - 1}; returns the index after it. */
    private static int padding(byte[] src, int si, int j) throws DecodeException {
        if (j < 2) {
            throw corrupt(si - 1);
        }
        if (j == 2) {
            si = skipNewlines(src, si);
            if (si == src.length) {
                throw corrupt(src.length);
            }
            if (src[si] != '=') {
                throw corrupt(si - 1);
            }
            si++;
        }
        si = skipNewlines(src, si);
        if (si < src.length) {
            throw corrupt(si);
        }
        return si;
    }

    private static int skipNewlines(byte[] src, int si) {
        while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
            si++;
        }
        return si;
    }

    private static DecodeException corrupt(int offset) {
        return new DecodeException("illegal base64 data at input byte " + offset);
    }

    static byte[] decodeHex(byte[] src) throws DecodeException {
        byte[] out = new byte[src.length / 2];
        int j = 1;
        for (; j < src.length; j += 2) {
            int a = Character.digit(src[j - 1] & 0xff, 16);
            int b = Character.digit(src[j] & 0xff, 16);
            if (a < 0 || (src[j - 1] & 0xff) > 0x7f) {
                throw invalidHex(src[j - 1]);
            }
            if (b < 0 || (src[j] & 0xff) > 0x7f) {
                throw invalidHex(src[j]);
            }
            out[j / 2] = (byte) ((a << 4) | b);
        }
        if (src.length % 2 == 1) {
            if (Character.digit(src[j - 1] & 0xff, 16) < 0) {
                throw invalidHex(src[j - 1]);
            }
            throw new DecodeException("encoding/hex: odd length hex string");
        }
        return out;
    }

    private static DecodeException invalidHex(byte b) {
        return new DecodeException("encoding/hex: invalid byte: " + ExtCalls.goRune(b & 0xff));
    }
}
