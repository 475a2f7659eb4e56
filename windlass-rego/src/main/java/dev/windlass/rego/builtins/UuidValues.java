package dev.windlass.rego.builtins;

import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.security.SecureRandom;
import java.util.Map;
import java.util.TreeMap;

/**
  * UUIDs for {@code uuid.rfc4122} (random version 4) and {@code uuid.parse} (the forms Google's
  * Go uuid package reads: plain, braced, {@code urn:uuid:} and 32 hex digits), decoded into OPA's
  * fields: version, variant, and for versions 1 and 2 time, nodeid, macvariables, clocksequence
  * (and id, domain for version 2).
  */
final class UuidValues {
    private static final long GREGORIAN_OFFSET = 122_192_928_000_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private UuidValues() {}

    static String random() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        String hex = ExtCalls.hex(b);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /** The 16 bytes of a UUID, or null when the text is not one. */
    static byte[] bytes(String s) {
        String text = s;
        if (text.length() == 45 && text.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
            text = text.substring(9);
        } else if (text.length() == 38 && text.startsWith("{") && text.endsWith("}")) {
            text = text.substring(1, 37);
        }
        if (text.length() == 36) {
            if (text.charAt(8) != '-' || text.charAt(13) != '-' || text.charAt(18) != '-' || text.charAt(23) != '-') {
                return null;
            }
            text = text.replace("-", "");
            if (text.length() != 32) {
                return null;
            }
        } else if (text.length() != 32) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < 16; i++) {
            int hi = Character.digit(text.charAt(2 * i), 16);
            int lo = Character.digit(text.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    static Value parse(String s) {
        byte[] u = bytes(s);
        if (u == null) {
            return null;
        }
        Map<String, Value> out = new TreeMap<>();
        int version = (u[6] & 0xff) >> 4;
        out.put("version", NumberValue.of(version));
        out.put("variant", StringValue.of(variant(u[8] & 0xff)));
        if (version == 1 || version == 2) {
            long low = ((u[0] & 0xffL) << 24) | ((u[1] & 0xffL) << 16) | ((u[2] & 0xffL) << 8) | (u[3] & 0xffL);
            long mid = ((u[4] & 0xffL) << 8) | (u[5] & 0xffL);
            long hi = (((u[6] & 0xffL) << 8) | (u[7] & 0xffL)) & 0xfff;
            long ticks = low | mid << 32 | hi << 48;
            long since = ticks - GREGORIAN_OFFSET;
            long nanos = (since / 10_000_000L) * 1_000_000_000L + (since % 10_000_000L) * 100;
            out.put("time", NumberValue.of(nanos));
            StringBuilder node = new StringBuilder();
            for (int i = 10; i < 16; i++) {
                node.append(i > 10 ? "-" : "").append(String.format("%02x", u[i] & 0xff));
            }
            out.put("nodeid", StringValue.of(node.toString()));
            out.put("macvariables", StringValue.of(macVariables(u[10] & 0xff)));
            out.put("clocksequence", NumberValue.of((((u[8] & 0xff) << 8) | (u[9] & 0xff)) & 0x3fff));
            if (version == 2) {
                out.put("id", NumberValue.of(low));
                out.put("domain", StringValue.of(domain(u[9] & 0xff)));
            }
        }
        return ObjectValue.ofStrings(out);
    }

    private static String variant(int b) {
        if ((b & 0xc0) == 0x80) {
            return "RFC4122";
        }
        if ((b & 0xe0) == 0xc0) {
            return "Microsoft";
        }
        return (b & 0xe0) == 0xe0 ? "Future" : "Reserved";
    }

    private static String macVariables(int b) {
        if ((b & 0b11) == 0b11) {
            return "local:multicast";
        }
        if ((b & 0b01) == 0b01) {
            return "global:multicast";
        }
        return (b & 0b10) == 0b10 ? "local:unicast" : "global:unicast";
    }

    private static String domain(int d) {
        switch (d) {
            case 0: return "Person";
            case 1: return "Group";
            case 2: return "Org";
            default: return "Domain" + d;
        }
    }
}
