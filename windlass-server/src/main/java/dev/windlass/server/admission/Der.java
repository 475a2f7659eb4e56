package dev.windlass.server.admission;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The few ASN.1 DER encodings an X.509 certificate and a PKCS#8 key wrapper need: each method returns
 * one complete tag-length-value.
 */
final class Der {

    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;
    private static final int BOOLEAN = 0x01;
    private static final int INTEGER = 0x02;
    private static final int BIT_STRING = 0x03;
    private static final int OCTET_STRING = 0x04;
    private static final int NULL = 0x05;
    private static final int OID = 0x06;
    private static final int UTF8_STRING = 0x0c;
    private static final int UTC_TIME = 0x17;
    private static final int GENERALIZED_TIME = 0x18;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GENERALIZED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** RFC 5280: dates through 2049 are UTCTime, later ones GeneralizedTime. */
    private static final int LAST_UTC_YEAR = 2049;

    private Der() {
    }

    static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    static byte[] sequence(byte[]... parts) {
        return tlv(SEQUENCE, concat(parts));
    }

    static byte[] set(byte[]... parts) {
        return tlv(SET, concat(parts));
    }

    static byte[] integer(BigInteger value) {
        return tlv(INTEGER, value.toByteArray());
    }

    static byte[] integer(long value) {
        return integer(BigInteger.valueOf(value));
    }

    static byte[] bool(boolean value) {
        return tlv(BOOLEAN, new byte[] {(byte) (value ? 0xff : 0x00)});
    }

    static byte[] nullValue() {
        return new byte[] {NULL, 0};
    }

    static byte[] octetString(byte[] value) {
        return tlv(OCTET_STRING, value);
    }

    /** A BIT STRING of whole bytes (no unused bits), as signatures and key identifiers are. */
    static byte[] bitString(byte[] value) {
        return bitString(value, 0);
    }

    static byte[] bitString(byte[] value, int unusedBits) {
        byte[] content = new byte[value.length + 1];
        content[0] = (byte) unusedBits;
        System.arraycopy(value, 0, content, 1, value.length);
        return tlv(BIT_STRING, content);
    }

    static byte[] utf8(String text) {
        return tlv(UTF8_STRING, text.getBytes(StandardCharsets.UTF_8));
    }

    /** An object identifier in dotted form, e.g. {@code 2.5.4.3}. */
    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeArc(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            writeArc(out, Long.parseLong(arcs[i]));
        }
        return tlv(OID, out.toByteArray());
    }

    static byte[] time(Instant instant) {
        boolean utc = instant.atZone(ZoneOffset.UTC).getYear() <= LAST_UTC_YEAR;
        String text = (utc ? UTC : GENERALIZED).format(instant);
        return tlv(utc ? UTC_TIME : GENERALIZED_TIME, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code [number] EXPLICIT}: a constructed context tag around a complete encoding. */
    static byte[] explicit(int number, byte[] inner) {
        return tlv(0xa0 | number, inner);
    }

    /** {@code [number] IMPLICIT} of a primitive: a context tag over raw content. */
    static byte[] implicitPrimitive(int number, byte[] content) {
        return tlv(0x80 | number, content);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /**
     * The key bits of a DER SubjectPublicKeyInfo ({@code SEQUENCE {algorithm, BIT STRING}}): the BIT
     * STRING's content after its unused-bits byte.
     */
    static byte[] subjectPublicKeyBits(byte[] spki) {
        int[] outer = header(spki, 0);
        int[] algorithm = header(spki, outer[0]);
        int[] bits = header(spki, algorithm[0] + algorithm[1]);
        int start = bits[0] + 1;
        return Arrays.copyOfRange(spki, start, bits[0] + bits[1]);
    }

    /** The content offset and length of the element whose tag is at {@code offset}. */
    private static int[] header(byte[] der, int offset) {
        int first = der[offset + 1] & 0xff;
        if (first < 0x80) {
            return new int[] {offset + 2, first};
        }
        int count = first & 0x7f;
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (der[offset + 2 + i] & 0xff);
        }
        return new int[] {offset + 2 + count, length};
    }

    private static void writeArc(ByteArrayOutputStream out, long arc) {
        int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
        for (int i = groups - 1; i >= 0; i--) {
            int septet = (int) ((arc >>> (7 * i)) & 0x7f);
            out.write(i == 0 ? septet : septet | 0x80);
        }
    }
}
