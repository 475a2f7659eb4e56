package dev.windlass.helm.yaml;

/** libyaml's writers for plain, single-quoted, double-quoted and literal scalars, with folding at the width. */
final class YamlV2ScalarWriter {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final YamlV2Emitter e;

    YamlV2ScalarWriter(YamlV2Emitter emitter) {
        this.e = emitter;
    }

    void plain(String text, boolean allowBreaks) {
        int[] v = text.codePoints().toArray();
        if (!e.whitespace) {
            e.put(' ');
        }
        boolean spaces = false;
        boolean breaks = false;
        for (int i = 0; i < v.length; i++) {
            int c = v[i];
            if (c == ' ') {
                if (allowBreaks && !spaces && e.pastWidth() && !(i + 1 < v.length && v[i + 1] == ' ')) {
                    e.writeIndent();
                } else {
                    e.put(c);
                }
                spaces = true;
            } else if (YamlV2Scalar.isBreak(c)) {
                if (!breaks && c == '\n') {
                    e.putBreak();
                }
                e.writeBreak(c);
                e.indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    e.writeIndent();
                }
                e.put(c);
                e.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        e.whitespace = false;
        e.indention = false;
    }

    void singleQuoted(String text, boolean allowBreaks) {
        int[] v = text.codePoints().toArray();
        e.writeIndicator("'", true, false, false);
        boolean spaces = false;
        boolean breaks = false;
        for (int i = 0; i < v.length; i++) {
            int c = v[i];
            if (c == ' ') {
                if (allowBreaks && !spaces && e.pastWidth() && i > 0 && i < v.length - 1 && v[i + 1] != ' ') {
                    e.writeIndent();
                } else {
                    e.put(c);
                }
                spaces = true;
            } else if (YamlV2Scalar.isBreak(c)) {
                if (!breaks && c == '\n') {
                    e.putBreak();
                }
                e.writeBreak(c);
                e.indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    e.writeIndent();
                }
                if (c == '\'') {
                    e.put('\'');
                }
                e.put(c);
                e.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        e.writeIndicator("'", false, false, false);
        e.whitespace = false;
        e.indention = false;
    }

    void doubleQuoted(String text, boolean allowBreaks) {
        int[] v = text.codePoints().toArray();
        boolean bom = v.length > 0 && v[0] == 0xFEFF;
        e.writeIndicator("\"", true, false, false);
        boolean spaces = false;
        for (int i = 0; i < v.length; i++) {
            int c = v[i];
            if (!YamlV2Scalar.isPrintable(c) || bom || YamlV2Scalar.isBreak(c) || c == '"' || c == '\\') {
                escape(c);
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && e.pastWidth() && i > 0 && i < v.length - 1) {
                    e.writeIndent();
                    if (v[i + 1] == ' ') {
                        e.put('\\');
                    }
                } else {
                    e.put(c);
                }
                spaces = true;
            } else {
                e.put(c);
                spaces = false;
            }
        }
        e.writeIndicator("\"", false, false, false);
        e.whitespace = false;
        e.indention = false;
    }

    private void escape(int c) {
        e.put('\\');
        char code = switch (c) {
            case 0x00 -> '0';
            case 0x07 -> 'a';
            case 0x08 -> 'b';
            case 0x09 -> 't';
            case 0x0A -> 'n';
            case 0x0B -> 'v';
            case 0x0C -> 'f';
            case 0x0D -> 'r';
            case 0x1B -> 'e';
            case 0x22 -> '"';
            case 0x5C -> '\\';
            case 0x85 -> 'N';
            case 0xA0 -> '_';
            case 0x2028 -> 'L';
            case 0x2029 -> 'P';
            default -> 0;
        };
        if (code != 0) {
            e.put(code);
            return;
        }
        int width;
        if (c <= 0xFF) {
            e.put('x');
            width = 2;
        } else if (c <= 0xFFFF) {
            e.put('u');
            width = 4;
        } else {
            e.put('U');
            width = 8;
        }
        for (int k = (width - 1) * 4; k >= 0; k -= 4) {
            e.put(HEX[(c >> k) & 0xF]);
        }
    }

    void literal(String text) {
        int[] v = text.codePoints().toArray();
        e.writeIndicator("|", true, false, false);
        blockHints(v);
        e.putBreak();
        e.indention = true;
        e.whitespace = true;
        boolean breaks = true;
        for (int c : v) {
            if (YamlV2Scalar.isBreak(c)) {
                e.writeBreak(c);
                e.indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    e.writeIndent();
                }
                e.put(c);
                e.indention = false;
                breaks = false;
            }
        }
    }

    private void blockHints(int[] v) {
        if (v.length > 0 && (v[0] == ' ' || YamlV2Scalar.isBreak(v[0]))) {
            e.writeIndicator(String.valueOf(e.bestIndent()), false, false, false);
        }
        String chomp = null;
        if (v.length == 0 || !YamlV2Scalar.isBreak(v[v.length - 1])) {
            chomp = "-";
        } else if (v.length == 1 || YamlV2Scalar.isBreak(v[v.length - 2])) {
            chomp = "+";
        }
        if (chomp != null) {
            e.writeIndicator(chomp, false, false, false);
        }
    }
}
