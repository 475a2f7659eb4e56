package dev.windlass.rego.builtins;

import java.math.BigInteger;

/**
  * IP address text as Go's {@code net} package reads and writes it, without any name lookup:
  * dotted IPv4 (no leading zeros), IPv6 with {@code ::} and an optional dotted tail, and RFC 5952
  * output (IPv4-mapped addresses printed dotted).
  */
final class CidrAddresses {
    private CidrAddresses() {}

    /** 4 or 16 bytes, or null when the text is not an address. */
    static byte[] parse(String s) {
        if (s.indexOf(':') >= 0) {
            return parseV6(s);
        }
        return parseV4(s);
    }

    static byte[] parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static byte[] parseV6(String s) {
        int ellipsis = s.indexOf("::");
        if (ellipsis >= 0 && s.indexOf("::", ellipsis + 1) >= 0) {
            return null;
        }
        byte[] head = groups(ellipsis < 0 ? s : s.substring(0, ellipsis), ellipsis < 0);
        byte[] tail = ellipsis < 0 ? new byte[0] : groups(s.substring(ellipsis + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int length = head.length + tail.length;
        if (ellipsis < 0 ? length != 16 : length > 14) {
            return null;
        }
        byte[] out = new byte[16];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, 16 - tail.length, tail.length);
        return out;
    }

    /** Colon-separated hex groups, the last of which may be a dotted IPv4 address when allowed. */
    private static byte[] groups(String s, boolean v4Tail) {
        if (s.isEmpty()) {
            return new byte[0];
        }
        String[] parts = s.split(":", -1);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && v4Tail && p.contains(".")) {
                byte[] v4 = parseV4(p);
                if (v4 == null) {
                    return null;
                }
                out.write(v4, 0, 4);
            } else if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            } else {
                int group = Integer.parseInt(p, 16);
                out.write(group >> 8);
                out.write(group & 0xff);
            }
        }
        return out.toByteArray();
    }

    /** Whether 16 bytes hold an IPv4-mapped address ({@code ::ffff:a.b.c.d}). */
    static boolean isV4Mapped(byte[] ip) {
        if (ip.length != 16) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (ip[i] != 0) {
                return false;
            }
        }
        return ip[10] == (byte) 0xff && ip[11] == (byte) 0xff;
    }

    /** Go's {@code To4}: the IPv4 bytes of an IPv4 or IPv4-mapped address, else null. */
    static byte[] to4(byte[] ip) {
        if (ip.length == 4) {
            return ip;
        }
        return isV4Mapped(ip) ? java.util.Arrays.copyOfRange(ip, 12, 16) : null;
    }

    static String format(byte[] ip) {
        byte[] v4 = to4(ip);
        if (v4 != null) {
            return (v4[0] & 0xff) + "." + (v4[1] & 0xff) + "." + (v4[2] & 0xff) + "." + (v4[3] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int g = 0; g < 8; g++) {
            int len = 0;
            while (g + len < 8 && ip[2 * (g + len)] == 0 && ip[2 * (g + len) + 1] == 0) {
                len++;
            }
            if (len > bestLength && len >= 2) {
                bestStart = g;
                bestLength = len;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int g = 0; g < 8; g++) {
            if (g == bestStart) {
                out.append("::");
                g += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(((ip[2 * g] & 0xff) << 8) | (ip[2 * g + 1] & 0xff)));
        }
        return out.toString();
    }

    static BigInteger toInteger(byte[] ip) {
        return new BigInteger(1, ip);
    }

    static byte[] fromInteger(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }
}
