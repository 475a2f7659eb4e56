package dev.windlass.helm.engine;

import java.util.regex.Pattern;

/**
 * gobwas/glob with {@code /} as separator, as {@code .Files.Glob} compiles patterns: {@code *}
 * matches within one path segment, {@code **} across segments, {@code ?} one non-separator
 * character, {@code [abc]}/{@code [!a-z]} classes, {@code {a,b}} alternatives, {@code \} escapes.
 * A pattern that does not compile becomes {@code **} (everything), as in Helm.
 */
final class FileGlob {

    private final Pattern pattern;

    private FileGlob(Pattern pattern) {
        this.pattern = pattern;
    }

    static FileGlob compile(String glob) {
        try {
            StringBuilder regex = new StringBuilder();
            int end = translate(glob, 0, regex, false);
            if (end != glob.length()) {
                return everything();
            }
            return new FileGlob(Pattern.compile(regex.toString(), Pattern.DOTALL));
        } catch (IllegalArgumentException e) {
            return everything();
        }
    }

    private static FileGlob everything() {
        return new FileGlob(Pattern.compile(".*", Pattern.DOTALL));
    }

    boolean matches(String name) {
        return pattern.matcher(name).matches();
    }

    /** Translates from {@code i} until the end or, inside braces, an unnested {@code ,} or {@code }}. */
    private static int translate(String glob, int start, StringBuilder out, boolean inBraces) {
        int i = start;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (inBraces && (c == ',' || c == '}')) {
                return i;
            }
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        out.append(".*");
                        i += 2;
                    } else {
                        out.append("[^/]*");
                        i++;
                    }
                }
                case '?' -> {
                    out.append("[^/]");
                    i++;
                }
                case '[' -> i = characterClass(glob, i + 1, out);
                case '{' -> i = alternatives(glob, i + 1, out);
                case '\\' -> {
                    if (i + 1 >= glob.length()) {
                        throw new IllegalArgumentException("unexpected end of pattern");
                    }
                    out.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                    i += 2;
                }
                default -> {
                    out.append(Pattern.quote(String.valueOf(c)));
                    i++;
                }
            }
        }
        if (inBraces) {
            throw new IllegalArgumentException("unclosed braces");
        }
        return i;
    }

    private static int alternatives(String glob, int start, StringBuilder out) {
        out.append("(?:");
        int i = start;
        while (true) {
            i = translate(glob, i, out, true);
            if (glob.charAt(i) == '}') {
                out.append(')');
                return i + 1;
            }
            out.append('|');
            i++;
        }
    }

    private static int characterClass(String glob, int start, StringBuilder out) {
        int close = glob.indexOf(']', start);
        if (close < 0) {
            throw new IllegalArgumentException("unclosed class");
        }
        String body = glob.substring(start, close);
        StringBuilder cls = new StringBuilder("[");
        int i = 0;
        if (body.startsWith("!")) {
            cls.append('^');
            i = 1;
        }
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            cls.append(c == '-' && i > 0 && i < body.length() - 1 ? "-" : "\\x{" + Integer.toHexString(c) + "}");
        }
        out.append(cls).append(']');
        return close + 1;
    }
}
