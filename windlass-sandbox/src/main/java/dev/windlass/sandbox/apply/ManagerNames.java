package dev.windlass.sandbox.apply;

import java.nio.charset.StandardCharsets;

/**
 * Field manager names for writes that do not pass {@code fieldManager}: the API server uses the
 * User-Agent up to its first {@code /} ({@code kubectl/v1.30.0 (linux/amd64) kubernetes/abc}
 * becomes {@code kubectl}), without unprintable characters, cut to 128 bytes.
 */
public final class ManagerNames {

    /** The longest field manager name the API server accepts, in UTF-8 bytes. */
    public static final int MAX_LENGTH = 128;

    private ManagerNames() {
    }

    /** {@code fieldManager} when given, otherwise the name derived from {@code userAgent}. */
    public static String resolve(String fieldManager, String userAgent) {
        return fieldManager != null && !fieldManager.isEmpty() ? fieldManager : fromUserAgent(userAgent);
    }

    /** The manager name the API server derives from a User-Agent header; empty for none. */
    public static String fromUserAgent(String userAgent) {
        if (userAgent == null) {
            return "";
        }
        int slash = userAgent.indexOf('/');
        String prefix = slash < 0 ? userAgent : userAgent.substring(0, slash);
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < prefix.length(); ) {
            int c = prefix.codePointAt(i);
            i += Character.charCount(c);
            if (!GoQuote.printable(c)) {
                continue;
            }
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_LENGTH) {
                break;
            }
            out.appendCodePoint(c);
            bytes += size;
        }
        return out.toString();
    }
}
