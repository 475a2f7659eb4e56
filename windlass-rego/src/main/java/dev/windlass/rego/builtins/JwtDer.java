package dev.windlass.rego.builtins;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;

/** The few DER and PEM pieces the JWT and crypto built-ins need: lengths, sequences, PEM blocks. */
final class JwtDer {
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
        (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private JwtDer() {}

    /** One PEM block: its type, its bytes, and the text after it. */
    record PemBlock(String type, byte[] bytes, String rest) {}

    /** Go's {@code pem.Decode}: the first well-formed block, or null. */
    static PemBlock decodePem(String text) {
        int begin = text.indexOf("-----BEGIN ");
        while (begin >= 0) {
            int typeEnd = text.indexOf("-----", begin + 11);
            int lineEnd = typeEnd < 0 ? -1 : text.indexOf('\n', typeEnd);
            if (typeEnd < 0) {
                return null;
            }
            String type = text.substring(begin + 11, typeEnd);
            String endMarker = "-----END " + type + "-----";
            int end = text.indexOf(endMarker, typeEnd);
            if (lineEnd >= 0 && end > lineEnd) {
                String body = text.substring(lineEnd + 1, end).replaceAll("\\s", "");
                try {
                    byte[] bytes = Base64.getDecoder().decode(body);
                    int after = end + endMarker.length();
                    int nl = text.indexOf('\n', after);
                    String rest = nl < 0 ? text.substring(after) : text.substring(nl + 1);
                    return new PemBlock(type, bytes, rest);
                } catch (IllegalArgumentException e) {
                    // not a block; keep looking
                }
            }
            begin = text.indexOf("-----BEGIN ", begin + 1);
        }
        return null;
    }

    static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else {
            byte[] len = BigInteger.valueOf(n).toByteArray();
            int start = len[0] == 0 ? 1 : 0;
            out.write(0x80 | (len.length - start));
            out.write(len, start, len.length - start);
        }
        out.write(content, 0, content.length);
        return out.toByteArray();
    }

    static byte[] sequence(List<byte[]> items) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        items.forEach(i -> body.write(i, 0, i.length));
        return tlv(0x30, body.toByteArray());
    }

    static byte[] integer(BigInteger value) {
        return tlv(0x02, value.toByteArray());
    }

    /** A PKCS#8 wrapper around a PKCS#1 RSA private key. */
    static byte[] pkcs8FromPkcs1(byte[] pkcs1) {
        return sequence(List.of(integer(BigInteger.ZERO), RSA_ALGORITHM, tlv(0x04, pkcs1)));
    }

    /** An ECDSA signature as DER from Go's split of {@code r || s} at the middle. */
    static byte[] ecdsaSignature(byte[] raw) {
        int n = raw.length / 2;
        BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 0, n));
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(raw, n, raw.length));
        return sequence(List.of(integer(r), integer(s)));
    }

    /** {@code r || s}, each padded to {@code size} bytes, from a DER ECDSA signature. */
    static byte[] ecdsaRaw(byte[] der, int size) {
        int offset = 2 + ((der[1] & 0x80) != 0 ? der[1] & 0x7f : 0);
        int rLen = der[offset + 1] & 0xff;
        byte[] r = java.util.Arrays.copyOfRange(der, offset + 2, offset + 2 + rLen);
        int sOffset = offset + 2 + rLen;
        int sLen = der[sOffset + 1] & 0xff;
        byte[] s = java.util.Arrays.copyOfRange(der, sOffset + 2, sOffset + 2 + sLen);
        byte[] out = new byte[2 * size];
        copyPadded(new BigInteger(1, r), out, 0, size);
        copyPadded(new BigInteger(1, s), out, size, size);
        return out;
    }

    static void copyPadded(BigInteger v, byte[] out, int at, int size) {
        byte[] bytes = CidrAddresses.fromInteger(v, size);
        System.arraycopy(bytes, 0, out, at, size);
    }
}
