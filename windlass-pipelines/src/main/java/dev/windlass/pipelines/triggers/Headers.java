package dev.windlass.pipelines.triggers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** HTTP header names in Go's canonical form ({@code x-hub-signature-256} becomes {@code X-Hub-Signature-256}). */
final class Headers {

    private Headers() {
    }

    /** Go's {@code textproto.CanonicalMIMEHeaderKey}: a name with a space or other invalid byte is kept as given. */
    static String canonical(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean token = c == '-' || Character.isLetterOrDigit(c) && c < 128 || "!#$%&'*+.^_`|~".indexOf(c) >= 0;
            if (!token) {
                return name;
            }
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (upper && c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            } else if (!upper && c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            out.append(c);
            upper = c == '-';
        }
        return out.toString();
    }

    /** The headers with canonical names; values of names that differ only in case are joined in order. */
    static Map<String, List<String>> canonical(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((k, v) -> out.computeIfAbsent(canonical(k), x -> new ArrayList<>()).addAll(v));
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    /** The first value of a header, or {@code ""}, as Go's {@code Header.Get}. */
    static String first(Map<String, List<String>> canonicalHeaders, String name) {
        List<String> values = canonicalHeaders.get(canonical(name));
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
