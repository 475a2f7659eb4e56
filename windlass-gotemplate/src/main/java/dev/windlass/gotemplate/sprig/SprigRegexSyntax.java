package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFunctionException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Go RE2 syntax in java.util.regex terms: {@code (?P<name>)} groups, POSIX classes, {@code $} as
 * end of text unless {@code (?m)}, {@code .} not matching only {@code \n}, and RE2's rejections
 * (back-references, look-arounds) with Go's {@code error parsing regexp: ...} texts.
 */
final class SprigRegexSyntax {

    private SprigRegexSyntax() {
    }

    /** A compiled expression and its named groups' numbers (Java's names are stricter than Go's). */
    record Compiled(Pattern pattern, Map<String, Integer> names) {
    }

    static Pattern compile(String expr) throws GoFunctionException {
        return compileNamed(expr).pattern();
    }

    static Compiled compileNamed(String expr) throws GoFunctionException {
        Map<String, Integer> names = new HashMap<>();
        String translated = translate(expr, names);
        try {
            return new Compiled(Pattern.compile(translated, Pattern.UNIX_LINES), names);
        } catch (PatternSyntaxException e) {
            throw new GoFunctionException("error parsing regexp: " + describe(e, expr));
        }
    }

    private static String describe(PatternSyntaxException e, String expr) {
        String d = e.getDescription();
        if (d.startsWith("Unclosed group")) {
            return "missing closing ): `" + expr + "`";
        }
        if (d.startsWith("Unclosed character class")) {
            return "missing closing ]: `" + expr.substring(Math.max(expr.lastIndexOf('['), 0)) + "`";
        }
        if (d.startsWith("Unmatched closing ')'")) {
            return "unexpected ): `" + expr + "`";
        }
        if (d.startsWith("Dangling meta character")) {
            int i = Math.max(e.getIndex(), 0);
            return "missing argument to repetition operator: `" + expr.substring(i, Math.min(i + 1, expr.length()))
                    + "`";
        }
        if (d.startsWith("Unexpected internal error") || d.contains("escape sequence")) {
            return "trailing backslash at end of expression: ``";
        }
        return d.toLowerCase();
    }

    static String translate(String expr, Map<String, Integer> names) throws GoFunctionException {
        int[] groups = {0};
        boolean multiline = expr.matches("(?s).*\\(\\?[a-zA-Z]*m[a-zA-Z]*[:)].*");
        StringBuilder out = new StringBuilder(expr.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (c == '\\') {
                if (i + 1 >= expr.length()) {
                    throw new GoFunctionException("error parsing regexp: trailing backslash at end of expression: ``");
                }
                char n = expr.charAt(i + 1);
                if (n >= '1' && n <= '9' && !inClass) {
                    throw new GoFunctionException("error parsing regexp: invalid escape sequence: `\\" + n + "`");
                }
                if (n == 'Q') {
                    int end = expr.indexOf("\\E", i + 2);
                    String literal = end < 0 ? expr.substring(i + 2) : expr.substring(i + 2, end);
                    out.append(Pattern.quote(literal));
                    i = end < 0 ? expr.length() : end + 1;
                    continue;
                }
                out.append(c).append(n);
                i++;
                continue;
            }
            if (inClass) {
                if (c == '[' && expr.startsWith("[:", i)) {
                    int end = expr.indexOf(":]", i + 2);
                    if (end > 0) {
                        out.append(posixClass(expr.substring(i + 2, end)));
                        i = end + 1;
                        continue;
                    }
                }
                if (c == '[') {
                    out.append("\\[");
                    continue;
                }
                if (c == '&' && i + 1 < expr.length() && expr.charAt(i + 1) == '&') {
                    out.append("&\\&");
                    i++;
                    continue;
                }
                if (c == ']' && !classJustOpened(out)) {
                    inClass = false;
                }
                out.append(c);
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    out.append(c);
                    if (i + 1 < expr.length() && expr.charAt(i + 1) == '^') {
                        out.append('^');
                        i++;
                    }
                    if (i + 1 < expr.length() && expr.charAt(i + 1) == ']') {
                        out.append("\\]");
                        i++;
                    }
                }
                case '(' -> i = group(expr, i, out, names, groups);
                case '$' -> out.append(multiline ? "$" : "\\z");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean classJustOpened(StringBuilder out) {
        int n = out.length();
        return n > 0 && out.charAt(n - 1) == '[' && (n < 2 || out.charAt(n - 2) != '\\');
    }

    private static int group(String expr, int i, StringBuilder out, Map<String, Integer> names, int[] groups)
            throws GoFunctionException {
        boolean named = expr.startsWith("(?P<", i) || (expr.startsWith("(?<", i) && !expr.startsWith("(?<=", i)
                && !expr.startsWith("(?<!", i));
        if (named) {
            int open = expr.indexOf('<', i);
            int close = expr.indexOf('>', open);
            if (close < 0) {
                throw new GoFunctionException("error parsing regexp: invalid named capture: `" + expr.substring(i) + "`");
            }
            names.put(expr.substring(open + 1, close), ++groups[0]);
            out.append('(');
            return close;
        }
        if (!expr.startsWith("(?", i)) {
            groups[0]++;
        }
        if (expr.startsWith("(?=", i) || expr.startsWith("(?!", i) || expr.startsWith("(?<=", i)
                || expr.startsWith("(?<!", i)) {
            String op = expr.substring(i, expr.startsWith("(?<", i) ? i + 4 : i + 3);
            throw new GoFunctionException("error parsing regexp: invalid or unsupported Perl syntax: `" + op + "`");
        }
        out.append('(');
        return i;
    }

    private static String posixClass(String name) throws GoFunctionException {
        boolean negated = name.startsWith("^");
        String base = negated ? name.substring(1) : name;
        String cls = switch (base) {
            case "alnum" -> "0-9A-Za-z";
            case "alpha" -> "A-Za-z";
            case "ascii" -> "\\x00-\\x7F";
            case "blank" -> "\\t ";
            case "cntrl" -> "\\x00-\\x1F\\x7F";
            case "digit" -> "0-9";
            case "graph" -> "!-~";
            case "lower" -> "a-z";
            case "print" -> " -~";
            case "punct" -> "!-/:-@\\[-`{-~";
            case "space" -> "\\t\\n\\x0B\\f\\r ";
            case "upper" -> "A-Z";
            case "word" -> "0-9A-Za-z_";
            case "xdigit" -> "0-9A-Fa-f";
            default -> throw new GoFunctionException("error parsing regexp: invalid character class range: `[:"
                    + name + ":]`");
        };
        return negated ? "&&[^" + cls + "]" : cls;
    }

    /** regexp.QuoteMeta. */
    static String quoteMeta(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
