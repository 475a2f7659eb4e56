package dev.windlass.rego.builtins;

import dev.windlass.rego.builtins.RegexTranslator.RegexSyntaxException;

/** Reads an RE2 flag group, {@code (?i)} or {@code (?i-s:…)}: flags i, m, s and U. */
final class RegexFlags {
    private RegexFlags() {}

    static void apply(RegexTranslator t, String src, int pos) throws RegexSyntaxException {
        int i = pos + 2;
        boolean negated = false;
        boolean sawFlag = false;
        boolean multiline = t.multiline();
        boolean ungreedy = t.ungreedy();
        StringBuilder on = new StringBuilder();
        StringBuilder off = new StringBuilder();
        while (i < src.length()) {
            char c = src.charAt(i++);
            switch (c) {
                case 'i': case 'm': case 's': case 'U':
                    sawFlag = true;
                    if (c == 'm') {
                        multiline = !negated;
                    } else if (c == 'U') {
                        ungreedy = !negated;
                    }
                    if (c != 'U') {
                        (negated ? off : on).append(c);
                    }
                    break;
                case '-':
                    if (negated) {
                        throw perlOp(src, pos, i);
                    }
                    negated = true;
                    sawFlag = false;
                    break;
                case ':': case ')':
                    if (negated && !sawFlag) {
                        throw perlOp(src, pos, i);
                    }
                    String java = on + (off.length() > 0 ? "-" + off : "");
                    t.flagGroup(i, java, c == ':', multiline, ungreedy);
                    return;
                default:
                    throw perlOp(src, pos, i);
            }
        }
        throw perlOp(src, pos, i);
    }

    private static RegexSyntaxException perlOp(String src, int pos, int end) {
        return new RegexSyntaxException("invalid or unsupported Perl syntax", src.substring(pos, end));
    }
}
