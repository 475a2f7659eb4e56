package dev.windlass.rego.builtins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
  * gobwas/glob patterns, compiled to Java regular expressions: {@code *} any run of non-separator
  * characters, {@code **} any run at all, {@code ?} one non-separator character, {@code [a-z]} and
  * {@code [!a-z]} classes, {@code {a,b}} alternatives, {@code \} escapes. Compiled patterns are
  * cached, bounded and shared.
  */
final class GlobMatcher {
    private static final Map<String, Pattern> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
                    return size() > 512;
                }
            });

    private final String glob;
    private final String separators;
    private final StringBuilder out = new StringBuilder();
    private int pos;

    private GlobMatcher(String glob, String separators) {
        this.glob = glob;
        this.separators = separators;
    }

    /** A glob that failed to compile. */
    static final class GlobSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        GlobSyntaxException(String message) {
            super(message);
        }
    }

    static boolean matches(String glob, String separators, String text) throws GlobSyntaxException {
        String key = glob + "\u0000" + separators;
        Pattern p = CACHE.get(key);
        if (p == null) {
            GlobMatcher m = new GlobMatcher(glob, separators);
            m.sequence(false);
            if (m.pos < glob.length()) {
                throw new GlobSyntaxException("unexpected " + glob.charAt(m.pos) + " at " + m.pos);
            }
            p = Pattern.compile(m.out.toString(), Pattern.DOTALL);
            CACHE.put(key, p);
        }
        return p.matcher(text).matches();
    }

    /** Reads until the end, or (inside braces) until a comma or closing brace. */
    private void sequence(boolean inBraces) throws GlobSyntaxException {
        while (pos < glob.length()) {
            char c = glob.charAt(pos);
            if (inBraces && (c == ',' || c == '}')) {
                return;
            }
            if (c == '*') {
                boolean any = glob.startsWith("**", pos);
                pos += any ? 2 : 1;
                out.append(any || separators.isEmpty() ? ".*" : notSeparator() + "*");
            } else if (c == '?') {
                pos++;
                out.append(separators.isEmpty() ? "." : notSeparator());
            } else if (c == '[') {
                range();
            } else if (c == '{') {
                alternatives();
            } else {
                if (c == '\\') {
                    pos++;
                    if (pos >= glob.length()) {
                        throw new GlobSyntaxException("unexpected end of input after escape");
                    }
                }
                int cp = glob.codePointAt(pos);
                pos += Character.charCount(cp);
                out.append(RegexEscapes.javaLiteral(cp));
            }
        }
    }

    private String notSeparator() {
        StringBuilder s = new StringBuilder("[^");
        separators.codePoints().forEach(c -> s.append(RegexEscapes.javaLiteral(c)));
        return s.append(']').toString();
    }

    private void range() throws GlobSyntaxException {
        int close = glob.indexOf(']', pos + 1);
        if (close < 0) {
            throw new GlobSyntaxException("unexpected end of input in character range");
        }
        String body = glob.substring(pos + 1, close);
        pos = close + 1;
        boolean not = body.startsWith("!");
        if (not) {
            body = body.substring(1);
        }
        out.append(not ? "[^" : "[");
        for (int i = 0; i < body.length(); i++) {
            char lo = body.charAt(i);
            out.append(RegexEscapes.javaLiteral(lo));
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                out.append('-').append(RegexEscapes.javaLiteral(body.charAt(i + 2)));
                i += 2;
            }
        }
        out.append(']');
    }

    private void alternatives() throws GlobSyntaxException {
        pos++;
        out.append("(?:");
        while (true) {
            sequence(true);
            if (pos >= glob.length()) {
                throw new GlobSyntaxException("unexpected end of input in alternatives");
            }
            char c = glob.charAt(pos++);
            if (c == '}') {
                out.append(')');
                return;
            }
            out.append('|');
        }
    }

    /** gobwas's {@code QuoteMeta}: escapes {@code * , ? \ [ ] { }}. */
    static String quoteMeta(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("*,?\\[]{}".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
