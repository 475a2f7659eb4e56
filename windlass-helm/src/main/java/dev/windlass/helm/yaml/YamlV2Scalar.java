package dev.windlass.helm.yaml;

/**
 * One scalar on its way out of go-yaml v2's emitter: its text, the style the encoder asked for,
 * and libyaml's analysis of what styles the text allows.
 */
final class YamlV2Scalar {

    enum Style { PLAIN, SINGLE, DOUBLE, LITERAL }

    final String value;
    final Style requested;
    final int byteLength;
    boolean multiline;
    boolean flowPlainAllowed;
    boolean blockPlainAllowed;
    boolean singleQuotedAllowed;
    boolean blockAllowed;

    private YamlV2Scalar(String value, Style requested) {
        this.value = value;
        this.requested = requested;
        this.byteLength = value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        analyze();
    }

    /** A number, boolean or null: always asked for plain. */
    static YamlV2Scalar plain(String text) {
        return new YamlV2Scalar(text, Style.PLAIN);
    }

    /** A string, styled as go-yaml v2's {@code stringv} asks. */
    static YamlV2Scalar string(String s) {
        Style style;
        if (s.contains("\n")) {
            style = Style.LITERAL;
        } else if (YamlV2Resolve.plainIsString(s)) {
            style = Style.PLAIN;
        } else {
            style = Style.DOUBLE;
        }
        return new YamlV2Scalar(s, style);
    }

    static boolean isBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isPrintable(int c) {
        return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isBlankZ(int c) {
        return isBlank(c) || isBreak(c) || c == 0;
    }

    private void analyze() {
        if (value.isEmpty()) {
            multiline = false;
            flowPlainAllowed = false;
            blockPlainAllowed = true;
            singleQuotedAllowed = true;
            blockAllowed = false;
            return;
        }
        int[] cps = value.codePoints().toArray();
        Flags f = new Flags();
        if (value.startsWith("---") || value.startsWith("...")) {
            f.blockIndicators = true;
            f.flowIndicators = true;
        }
        boolean precededByWhitespace = true;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean followedByWhitespace = i + 1 >= cps.length || isBlank(cps[i + 1]);
            indicators(f, c, i == 0, precededByWhitespace, followedByWhitespace);
            if (!isPrintable(c)) {
                f.special = true;
            }
            spacing(f, c, i == 0, i == cps.length - 1);
            precededByWhitespace = isBlankZ(c);
        }
        decide(f);
    }

    private static final class Flags {
        boolean blockIndicators;
        boolean flowIndicators;
        boolean lineBreaks;
        boolean special;
        boolean leadingSpace;
        boolean leadingBreak;
        boolean trailingSpace;
        boolean trailingBreak;
        boolean breakSpace;
        boolean spaceBreak;
        boolean previousSpace;
        boolean previousBreak;
    }

    private static void indicators(Flags f, int c, boolean first, boolean preceded, boolean followed) {
        if (first) {
            switch (c) {
                case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> {
                    f.flowIndicators = true;
                    f.blockIndicators = true;
                }
                case '?', ':' -> {
                    f.flowIndicators = true;
                    f.blockIndicators |= followed;
                }
                case '-' -> {
                    f.flowIndicators |= followed;
                    f.blockIndicators |= followed;
                }
                default -> {
                }
            }
            return;
        }
        switch (c) {
            case ',', '?', '[', ']', '{', '}' -> f.flowIndicators = true;
            case ':' -> {
                f.flowIndicators = true;
                f.blockIndicators |= followed;
            }
            case '#' -> {
                f.flowIndicators |= preceded;
                f.blockIndicators |= preceded;
            }
            default -> {
            }
        }
    }

    private static void spacing(Flags f, int c, boolean first, boolean last) {
        if (c == ' ') {
            f.leadingSpace |= first;
            f.trailingSpace |= last;
            f.breakSpace |= f.previousBreak;
            f.previousSpace = true;
            f.previousBreak = false;
        } else if (isBreak(c)) {
            f.lineBreaks = true;
            f.leadingBreak |= first;
            f.trailingBreak |= last;
            f.spaceBreak |= f.previousSpace;
            f.previousSpace = false;
            f.previousBreak = true;
        } else {
            f.previousSpace = false;
            f.previousBreak = false;
        }
    }

    private void decide(Flags f) {
        multiline = f.lineBreaks;
        flowPlainAllowed = true;
        blockPlainAllowed = true;
        singleQuotedAllowed = true;
        blockAllowed = true;
        if (f.leadingSpace || f.leadingBreak || f.trailingSpace || f.trailingBreak) {
            flowPlainAllowed = false;
            blockPlainAllowed = false;
        }
        if (f.trailingSpace) {
            blockAllowed = false;
        }
        if (f.breakSpace) {
            flowPlainAllowed = false;
            blockPlainAllowed = false;
            singleQuotedAllowed = false;
        }
        if (f.spaceBreak || f.special) {
            flowPlainAllowed = false;
            blockPlainAllowed = false;
            singleQuotedAllowed = false;
            blockAllowed = false;
        }
        if (f.lineBreaks) {
            flowPlainAllowed = false;
            blockPlainAllowed = false;
        }
        if (f.flowIndicators) {
            flowPlainAllowed = false;
        }
        if (f.blockIndicators) {
            blockPlainAllowed = false;
        }
    }
}
