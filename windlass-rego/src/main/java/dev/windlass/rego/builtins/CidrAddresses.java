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
        byte[] out = new byte[16];
        int ellipsis = -1;
        int i = 0;
        if (s.startsWith("::")) {
            ellipsis = 0;
            s = s.substring(2);
            if (s.isEmpty()) {
                return out;
            }
        }
        int pos = 0;
        while (i < 16) {
            int end = pos;
            while (end < s.length() && Character.digit(s.charAt(end), 16) >= 0 && end - pos < 5) {
                end++;
            }
            if (end < s.length() && s.charAt(end) == '.') {
                if (ellipsis < 0 && i != 12 || i + 4 > 16) {
                    return null;
                }
                byte[] v4 = parseV4(s.substring(pos));
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, out, i, 4);
                i += 4;
                pos = s.length();
                break;
            }
            if (end == pos || end - pos > 4) {
                return null;
            }
            int group = Integer.parseInt(s.substring(pos, end), 16);
            out[i++] = (byte) (group >> 8);
            out[i++] = (byte) group;
            pos = end;
            if (pos == s.length()) {
                break;
            }
            if (s.charAt(pos) != ':' || pos + 1 == s.length()) {
                return null;
            }
            pos++;
            if (s.charAt(pos) == ':') {
                if (ellipsis >= 0) {
                    return null;
                }
                ellipsis = i;
                pos++;
                if (pos == s.length()) {
                    break;
                }
            }
        }
        if (pos != s.length()) {
            return null;
        }
        if (i < 16) {
            if (ellipsis < 0) {
                return null;
            }
            int n = 16 - i;
            System.arraycopy(out, ellipsis, out, ellipsis + n, i - ellipsis);
            java.util.Arrays.fill(out, ellipsis, ellipsis + n, (byte) 0);
        } else if (ellipsis >= 0) {
            return null;
        }
        return out;
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
