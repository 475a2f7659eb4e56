package dev.windlass.rego.builtins;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
  * Translates Go's RE2 syntax to {@code java.util.regex}, rejecting what Go rejects with Go's
  * message ({@code missing closing ): `(a`}): no backreferences, lookaround or possessive
  * quantifiers; {@code $} is the end of text unless {@code (?m)}; {@code \s} has no vertical tab;
  * {@code (?U)} swaps greediness; named groups become numbered groups (names kept for
  * {@code $name} expansion); POSIX classes ({@code [[:alpha:]]}) and {@code \pN} are mapped.
  */
final class RegexTranslator {
    private final String src;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Deque<boolean[]> groups = new ArrayDeque<>();
    private int pos;
    private int captures;
    private boolean multiline;
    private boolean ungreedy;
    /** Text of the last repeatable item's operator, or null; "" when an item can be repeated. */
    private String lastRepeat;
    private boolean canRepeat;

    /** The translation: Java pattern text and the capture group names. */
    record Result(String javaPattern, Map<String, Integer> names, int groupCount) {}

    private RegexTranslator(String src) {
        this.src = src;
    }

    /** Translates a Go pattern; throws with Go's message when Go would not compile it. */
    static Result translate(String goPattern) throws RegexSyntaxException {
        RegexTranslator t = new RegexTranslator(goPattern);
        t.run();
        return new Result(t.out.toString(), Map.copyOf(t.names), t.captures);
    }

    /** A pattern Go rejects; the message is Go's {@code error parsing regexp: CODE: `EXPR`}. */
    static final class RegexSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        RegexSyntaxException(String code, String expr) {
            super("error parsing regexp: " + code + ": `" + expr + "`");
        }
    }

    private void run() throws RegexSyntaxException {
        while (pos < src.length()) {
            step(src.codePointAt(pos));
        }
        if (!groups.isEmpty()) {
            throw new RegexSyntaxException("missing closing )", src);
        }
    }

    private void step(int c) throws RegexSyntaxException {
        switch (c) {
            case '(':
                openGroup();
                break;
            case ')':
                closeGroup();
                break;
            case '|':
                pos++;
                out.append('|');
                noItem();
                break;
            case '*': case '+': case '?':
                repeat(new String(Character.toChars(c)), 1);
                break;
            case '{':
                brace();
                break;
            case '[':
                RegexClassTranslator.Parsed cls = RegexClassTranslator.parse(src, pos);
                out.append(cls.javaClass());
                pos = cls.end();
                item();
                break;
            case '\\':
                escape();
                break;
            case '^': case '.':
                simple(String.valueOf((char) c));
                break;
            case '$':
                simple(multiline ? "$" : "\\z");
                break;
            default:
                pos += Character.charCount(c);
                appendLiteral(out, c);
                item();
        }
    }

    /** A one-character item with a fixed Java form. */
    private void simple(String java) {
        pos++;
        out.append(java);
        item();
    }

    private void item() {
        canRepeat = true;
        lastRepeat = null;
    }

    private void noItem() {
        canRepeat = false;
        lastRepeat = null;
    }

    static void appendLiteral(StringBuilder out, int c) {
        if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
            out.append('\\');
        }
        out.appendCodePoint(c);
    }

    private void brace() throws RegexSyntaxException {
        int close = src.indexOf('}', pos);
        String body = close < 0 ? null : src.substring(pos + 1, close);
        if (body == null || !body.matches("\\d+(,\\d*)?")) {
            pos++;
            out.append("\\{");
            item();
            return;
        }
        String op = src.substring(pos, close + 1);
        String[] parts = body.split(",", -1);
        long min = parseCount(parts[0]);
        long max = parts.length == 1 ? min : parts[1].isEmpty() ? -1 : parseCount(parts[1]);
        if (min > 1000 || max > 1000 || (max >= 0 && max < min)) {
            throw new RegexSyntaxException("invalid repeat count", op);
        }
        repeat(op, op.length());
    }

    private static long parseCount(String digits) {
        return digits.length() > 5 ? 100_000 : Long.parseLong(digits);
    }

    private void repeat(String op, int length) throws RegexSyntaxException {
        int start = pos;
        pos += length;
        boolean lazy = pos < src.length() && src.charAt(pos) == '?';
        if (lazy) {
            pos++;
        }
        String text = src.substring(start, pos);
        if (lastRepeat != null) {
            throw new RegexSyntaxException("invalid nested repetition operator", lastRepeat + text);
        }
        if (!canRepeat) {
            throw new RegexSyntaxException("missing argument to repetition operator", text);
        }
        out.append(op);
        if (lazy != ungreedy) {
            out.append('?');
        }
        lastRepeat = text;
    }

    private void openGroup() throws RegexSyntaxException {
        if (!src.startsWith("(?", pos)) {
            pos++;
            captures++;
            pushGroup();
            out.append('(');
            noItem();
            return;
        }
        if (src.startsWith("(?P<", pos) || src.startsWith("(?<", pos)) {
            namedGroup();
            return;
        }
        RegexFlags.apply(this, src, pos);
    }

    private void namedGroup() throws RegexSyntaxException {
        int begin = pos + (src.startsWith("(?P<", pos) ? 4 : 3);
        int end = src.indexOf('>', begin);
        if (end < 0) {
            throw new RegexSyntaxException("invalid named capture", src.substring(pos));
        }
        String name = src.substring(begin, end);
        if (name.isEmpty() || !name.matches("[A-Za-z0-9_]+") || names.containsKey(name)) {
            throw new RegexSyntaxException("invalid named capture", src.substring(pos, end + 1));
        }
        captures++;
        names.put(name, captures);
        pos = end + 1;
        pushGroup();
        out.append('(');
        noItem();
    }

    /** Called by {@link RegexFlags} once it has read a flag group. */
    void flagGroup(int end, String javaFlags, boolean setsForGroup, boolean newMultiline, boolean newUngreedy) {
        pos = end;
        if (setsForGroup) {
            pushGroup();
            out.append(javaFlags.isEmpty() ? "(?:" : "(?" + javaFlags + ":");
        } else if (!javaFlags.isEmpty()) {
            out.append("(?").append(javaFlags).append(')');
        }
        multiline = newMultiline;
        ungreedy = newUngreedy;
        noItem();
    }

    boolean multiline() {
        return multiline;
    }

    boolean ungreedy() {
        return ungreedy;
    }

    private void pushGroup() {
        groups.push(new boolean[] {multiline, ungreedy});
    }

    private void closeGroup() throws RegexSyntaxException {
        if (groups.isEmpty()) {
            throw new RegexSyntaxException("unexpected )", src);
        }
        boolean[] saved = groups.pop();
        multiline = saved[0];
        ungreedy = saved[1];
        pos++;
        out.append(')');
        item();
    }

    private void escape() throws RegexSyntaxException {
        if (src.startsWith("\\Q", pos)) {
            int end = src.indexOf("\\E", pos + 2);
            String literal = end < 0 ? src.substring(pos + 2) : src.substring(pos + 2, end);
            pos = end < 0 ? src.length() : end + 2;
            literal.codePoints().forEach(c -> appendLiteral(out, c));
            if (!literal.isEmpty()) {
                item();
            }
            return;
        }
        RegexEscapes.Escape e = RegexEscapes.read(src, pos, false);
        out.append(e.java());
        pos = e.end();
        item();
    }
}
