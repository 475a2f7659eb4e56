package dev.windlass.rego.testing;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes a reference the way OPA's {@code Ref.String()} does: {@code data.a.b["not-a-name"]}. */
final class RefText {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("as", "default", "else", "false", "import", "not",
            "null", "package", "true", "with", "some", "in", "every", "if", "contains");

    private RefText() {}

    /** The head written as is, then each element as {@code .name} or {@code ["text"]}. */
    static String of(String head, List<String> path) {
        StringBuilder out = new StringBuilder(head);
        for (String element : path) {
            if (NAME.matcher(element).matches() && !KEYWORDS.contains(element)) {
                out.append('.').append(element);
            } else {
                out.append('[').append(quote(element)).append(']');
            }
        }
        return out.toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
