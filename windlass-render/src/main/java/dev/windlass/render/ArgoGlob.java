package dev.windlass.render;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A glob in the syntax of Argo CD's {@code spec.source.directory.include} and {@code exclude}.
 * Argo CD compiles these without path separators, so {@code *} (and {@code **}) match any run of
 * characters, {@code /} included, and {@code ?} matches any one character. The rest of the syntax:
 * {@code [abc]} and {@code [!abc]} (a list of characters, {@code \} escapes one), {@code [a-z]} and
 * {@code [!a-z]} (exactly one range, nothing else, between the brackets), {@code {a,b,c}}
 * alternatives that may hold globs and further braces, and {@code \} to take the next character
 * literally. Outside braces {@code ,} and {@code }} are plain characters.
 *
 * <p>A glob matches a whole path relative to the source path, e.g. {@code env-usw2/deploy.yaml}.
 */
public final class ArgoGlob {

    private final String pattern;
    private final Pattern regex;

    private ArgoGlob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /** Compiles {@code pattern}; an invalid one gives an {@link RenderMessages#INVALID_GLOB} error and no value. */
    public static Result<ArgoGlob> compile(String pattern) {
        Translator translator = new Translator(pattern);
        String problem = translator.translate();
        if (problem != null) {
            Issue issue = Issue.error(RenderMessages.INVALID_GLOB, Location.nowhere(), RenderMessages.invalidGlob(pattern, problem));
            return Result.of(null, List.of(issue));
        }
        return Result.of(new ArgoGlob(pattern, Pattern.compile(translator.out.toString(), Pattern.DOTALL)));
    }

    /** Whether the whole of {@code path} matches. */
    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    /** The glob as written. */
    public String pattern() {
        return pattern;
    }

    /** The equivalent regular expression. */
    public Pattern regex() {
        return regex;
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** Turns the glob into a regular expression, one code point at a time. */
    private static final class Translator {
        private final String glob;
        private final StringBuilder out = new StringBuilder();
        private final Deque<Integer> openBraces = new ArrayDeque<>();
        private int pos;

        Translator(String glob) {
            this.glob = glob;
        }

        /** Translates into {@link #out}; returns what is wrong with the glob, or null. */
        String translate() {
            while (pos < glob.length()) {
                int start = pos;
                int c = next();
                String problem = switch (c) {
                    case '\\' -> escape(start);
                    case '*' -> any();
                    case '?' -> single();
                    case '[' -> characterClass(start);
                    case '{' -> openBrace(start);
                    case ',' -> openBraces.isEmpty() ? literal(c) : alternative();
                    case '}' -> openBraces.isEmpty() ? literal(c) : closeBrace();
                    default -> literal(c);
                };
                if (problem != null) {
                    return problem;
                }
            }
            if (!openBraces.isEmpty()) {
                return RenderMessages.globUnclosed('{', '}', openBraces.peek() + 1);
            }
            return null;
        }

        private int next() {
            int c = glob.codePointAt(pos);
            pos += Character.charCount(c);
            return c;
        }

        private boolean atEnd() {
            return pos >= glob.length();
        }

        private int peek() {
            return glob.codePointAt(pos);
        }

        private String escape(int start) {
            if (atEnd()) {
                return RenderMessages.globTrailingEscape(start + 1);
            }
            return literal(next());
        }

        private String any() {
            if (!atEnd() && peek() == '*') {
                next();
            }
            out.append(".*");
            return null;
        }

        private String single() {
            out.append('.');
            return null;
        }

        private String literal(int c) {
            out.append(Pattern.quote(Character.toString(c)));
            return null;
        }

        private String openBrace(int start) {
            openBraces.push(start);
            out.append("(?:");
            return null;
        }

        private String alternative() {
            out.append('|');
            return null;
        }

        private String closeBrace() {
            openBraces.pop();
            out.append(')');
            return null;
        }

        /** {@code [!lo-hi]} or {@code [!chars]}; the opening bracket is already read. */
        private String characterClass(int start) {
            String unclosed = RenderMessages.globUnclosed('[', ']', start + 1);
            StringBuilder set = new StringBuilder();
            if (!atEnd() && peek() == '!') {
                next();
                set.append('^');
            }
            if (atEnd()) {
                return unclosed;
            }
            int first = next();
            if (!atEnd() && peek() == '-') {
                next();
                return range(first, set, start, unclosed);
            }
            pos -= Character.charCount(first);
            return list(set, start, unclosed);
        }

        private String range(int lo, StringBuilder set, int start, String unclosed) {
            if (atEnd()) {
                return unclosed;
            }
            int hi = next();
            if (atEnd()) {
                return unclosed;
            }
            if (next() != ']') {
                return RenderMessages.globRangeNotClosed(start + 1);
            }
            if (lo > hi) {
                return RenderMessages.globReversedRange(Character.toString(lo), Character.toString(hi), start + 1);
            }
            set.append(hex(lo)).append('-').append(hex(hi));
            out.append('[').append(set).append(']');
            return null;
        }

        private String list(StringBuilder set, int start, String unclosed) {
            boolean any = false;
            while (!atEnd()) {
                int c = next();
                if (c == ']') {
                    if (!any) {
                        return RenderMessages.globEmptyClass(start + 1);
                    }
                    out.append('[').append(set).append(']');
                    return null;
                }
                if (c == '\\') {
                    if (atEnd()) {
                        return unclosed;
                    }
                    c = next();
                }
                set.append(hex(c));
                any = true;
            }
            return unclosed;
        }

        private static String hex(int codePoint) {
            return "\\x{" + Integer.toHexString(codePoint) + "}";
        }
    }
}
