package dev.windlass.model.codec;

/**
 * How {@link YamlWriter} prints a string: plain, single-quoted, double-quoted or as a literal block.
 * The choice follows libyaml's scalar analysis as go-yaml (and so kubectl and kustomize) runs it:
 * quote only when the plain text would be read back as something else, or when YAML syntax or
 * characters that need escapes rule the lighter styles out.
 */
enum YamlScalarStyle {
    PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL;

    private static final String FIRST_CHAR_INDICATORS = "#,[]{}&*!|>'\"%@`";

    /** The style of a value ({@code key == false}) or of a map key, which is never a block. */
    static YamlScalarStyle of(String text, boolean key) {
        if (text.isEmpty()) {
            return DOUBLE_QUOTED;
        }
        boolean lineBreaks = false;
        boolean spaceBeforeBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineBreaks = true;
                spaceBeforeBreak |= i > 0 && text.charAt(i - 1) == ' ';
            } else if (needsEscape(c)) {
                return DOUBLE_QUOTED;
            }
        }
        if (lineBreaks) {
            boolean blockAllowed = !key && !spaceBeforeBreak && text.charAt(text.length() - 1) != ' ';
            return blockAllowed ? LITERAL : DOUBLE_QUOTED;
        }
        if (readsAsAnotherValue(text)) {
            return DOUBLE_QUOTED;
        }
        return plainAllowed(text) ? PLAIN : SINGLE_QUOTED;
    }

    /**
     * True for characters that only a double-quoted scalar can hold (callers handle LF first): what
     * libyaml does not count as printable (controls including tab and CR, C1 controls, surrogates and
     * so every character beyond U+FFFF, U+FFFE, U+FFFF), the byte-order mark, and the line breaks
     * U+2028 and U+2029.
     */
    static boolean needsEscape(char c) {
        if (c >= 0x20 && c <= 0x7E) {
            return false;
        }
        return !(c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
                || c == 0x2028 || c == 0x2029;
    }

    /**
     * A plain scalar that a reader would type as a non-string (timestamps included, which go-yaml
     * quotes: kubectl prints {@code creationTimestamp: "2024-01-01T00:00:00Z"}), or take for a merge key.
     */
    private static boolean readsAsAnotherValue(String text) {
        return ScalarResolver.isAmbiguous(text) || text.equals("<<");
    }

    /** libyaml's rules for a plain scalar in block context (line breaks and specials already excluded). */
    private static boolean plainAllowed(String text) {
        int last = text.length() - 1;
        if (text.charAt(0) == ' ' || text.charAt(last) == ' ' || text.startsWith("---") || text.startsWith("...")) {
            return false;
        }
        char first = text.charAt(0);
        if (FIRST_CHAR_INDICATORS.indexOf(first) >= 0) {
            return false;
        }
        if ((first == '-' || first == '?' || first == ':') && (last == 0 || text.charAt(1) == ' ')) {
            return false;
        }
        for (int i = 1; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ':' && (i == last || text.charAt(i + 1) == ' ')) {
                return false;
            }
            if (c == '#' && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
