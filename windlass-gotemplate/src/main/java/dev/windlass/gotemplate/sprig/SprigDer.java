package dev.windlass.gotemplate.sprig;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A minimal ASN.1 DER writer and reader (for keys and X.509 certificates) and PEM armour. */
final class SprigDer {

    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int UTF8_STRING = 0x0C;
    static final int PRINTABLE_STRING = 0x13;
    static final int IA5_STRING = 0x16;
    static final int UTC_TIME = 0x17;
    static final int GENERALIZED_TIME = 0x18;
    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;
    static final int BOOLEAN = 0x01;

    /** One decoded element: its tag, contents and the bytes it spans. */
    record Element(int tag, byte[] content) {
        List<Element> children() {
            return read(content);
        }

        BigInteger integer() {
            return new BigInteger(content);
        }
    }

    private SprigDer() {
    }

    static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            body.writeBytes(p);
        }
        byte[] content = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = content.length;
        if (len < 128) {
            out.write(len);
        } else {
            byte[] l = BigInteger.valueOf(len).toByteArray();
            int skip = l[0] == 0 ? 1 : 0;
            out.write(0x80 | (l.length - skip));
            out.write(l, skip, l.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    static byte[] seq(byte[]... parts) {
        return tlv(SEQUENCE, parts);
    }

    static byte[] integer(BigInteger v) {
        return tlv(INTEGER, v.toByteArray());
    }

    static byte[] integer(long v) {
        return integer(BigInteger.valueOf(v));
    }

    static byte[] octets(byte[] v) {
        return tlv(OCTET_STRING, v);
    }

    static byte[] bits(byte[] v, int unused) {
        byte[] content = new byte[v.length + 1];
        content[0] = (byte) unused;
        System.arraycopy(v, 0, content, 1, v.length);
        return tlv(BIT_STRING, content);
    }

    static byte[] string(int tag, String s) {
        return tlv(tag, s.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] oid(String dotted) {
        String[] parts = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(parts[0]) * 40 + Integer.parseInt(parts[1]));
        for (int i = 2; i < parts.length; i++) {
            long v = Long.parseLong(parts[i]);
            byte[] tmp = new byte[10];
            int n = 0;
            do {
                tmp[n++] = (byte) (v & 0x7F);
                v >>>= 7;
            } while (v != 0);
            for (int k = n - 1; k >= 0; k--) {
                out.write(tmp[k] | (k > 0 ? 0x80 : 0));
            }
        }
        return tlv(OID, out.toByteArray());
    }

    /** Context-specific constructed (explicit) tag {@code [n]}. */
    static byte[] explicit(int n, byte[]... parts) {
        return tlv(0xA0 | n, parts);
    }

    static List<Element> read(byte[] der) {
        List<Element> out = new ArrayList<>();
        int i = 0;
        while (i < der.length) {
            int tag = der[i++] & 0xFF;
            int len = der[i++] & 0xFF;
            if (len >= 0x80) {
                int n = len & 0x7F;
                len = 0;
                for (int k = 0; k < n; k++) {
                    len = (len << 8) | (der[i++] & 0xFF);
                }
            }
            byte[] content = new byte[len];
            System.arraycopy(der, i, content, 0, len);
            i += len;
            out.add(new Element(tag, content));
        }
        return out;
    }

    static String pem(String type, byte[] der) {
        String b64 = Base64.getEncoder().encodeToString(der);
        StringBuilder out = new StringBuilder("-----BEGIN ").append(type).append("-----\n");
        for (int i = 0; i < b64.length(); i += 64) {
            out.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
        }
        return out.append("-----END ").append(type).append("-----\n").toString();
    }

    /** pem.Decode of the first block: {type, der}, or null when there is none. */
    static Object[] unpem(String text) {
        int begin = text.indexOf("-----BEGIN ");
        if (begin < 0) {
            return null;
        }
        int typeEnd = text.indexOf("-----", begin + 11);
        if (typeEnd < 0) {
            return null;
        }
        String type = text.substring(begin + 11, typeEnd);
        int end = text.indexOf("-----END " + type + "-----", typeEnd);
        if (end < 0) {
            return null;
        }
        String body = text.substring(typeEnd + 5, end).replaceAll("\\s", "");
        try {
            return new Object[] {type, Base64.getDecoder().decode(body)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
