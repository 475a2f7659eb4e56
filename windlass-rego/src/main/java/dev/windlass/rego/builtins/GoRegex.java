package dev.windlass.rego.builtins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
  * A compiled RE2 pattern with Go's {@code regexp} operations: find-all that skips an empty match
  * right after a previous match, {@code Split}, and {@code Expand} for {@code $1}/{@code ${name}}.
  * Compiled patterns (and compile errors) are cached, bounded and shared across threads.
  */
final class GoRegex {
    private static final int CACHE_SIZE = 512;
    private static final Map<String, Object> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    private final String source;
    private final Pattern pattern;
    private final Map<String, Integer> names;

    private GoRegex(String source, Pattern pattern, Map<String, Integer> names) {
        this.source = source;
        this.pattern = pattern;
        this.names = names;
    }

    /** Compiles (or fetches) a pattern; the exception's message is Go's. */
    static GoRegex compile(String goPattern) throws RegexTranslator.RegexSyntaxException {
        Object cached = CACHE.get(goPattern);
        if (cached == null) {
            cached = compileUncached(goPattern);
            CACHE.put(goPattern, cached);
        }
        if (cached instanceof RegexTranslator.RegexSyntaxException e) {
            throw e;
        }
        return (GoRegex) cached;
    }

    private static Object compileUncached(String goPattern) {
        try {
            RegexTranslator.Result r = RegexTranslator.translate(goPattern);
            Pattern p = Pattern.compile(r.javaPattern(), Pattern.UNIX_LINES | Pattern.UNICODE_CASE);
            return new GoRegex(goPattern, p, r.names());
        } catch (RegexTranslator.RegexSyntaxException e) {
            return e;
        } catch (PatternSyntaxException e) {
            return new RegexTranslator.RegexSyntaxException("invalid or unsupported syntax", goPattern);
        }
    }

    String source() {
        return source;
    }

    boolean matches(String s, BuiltinContext ctx) {
        return pattern.matcher(new BudgetedText(s, ctx)).find();
    }

    /** Up to {@code n} matches ({@code n < 0}: all), each as group start/end char offsets (-1 when a group did not take part). */
    List<int[]> findAll(String s, int n, BuiltinContext ctx) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(new BudgetedText(s, ctx));
        int pos = 0;
        int prevEnd = -1;
        while ((n < 0 || out.size() < n) && pos <= s.length() && m.find(pos)) {
            boolean accept = true;
            if (m.end() == m.start()) {
                accept = m.start() != prevEnd;
                pos = m.end() < s.length() ? m.end() + Character.charCount(s.codePointAt(m.end())) : m.end() + 1;
            } else {
                pos = m.end();
            }
            prevEnd = m.end();
            if (accept) {
                int[] groups = new int[2 * (m.groupCount() + 1)];
                for (int g = 0; g <= m.groupCount(); g++) {
                    groups[2 * g] = m.start(g);
                    groups[2 * g + 1] = m.end(g);
                }
                out.add(groups);
            }
        }
        return out;
    }

    /** Go's {@code Split(s, -1)}. */
    List<String> split(String s, BuiltinContext ctx) {
        if (!source.isEmpty() && s.isEmpty()) {
            return List.of("");
        }
        List<String> out = new ArrayList<>();
        int begin = 0;
        int end = 0;
        for (int[] match : findAll(s, -1, ctx)) {
            end = match[0];
            if (match[1] != 0) {
                out.add(s.substring(begin, end));
            }
            begin = match[1];
        }
        if (end != s.length()) {
            out.add(s.substring(begin));
        }
        return out;
    }

    /**
      * OPA's {@code regex.replace}: searches again from the end of each match as if the rest were
      * a new string, and writes the expanded template for each match. (OPA's own loop never ends on
      * an empty match; here an empty match copies one character and moves on.)
      */
    String replace(String s, String template, BuiltinContext ctx) {
        StringBuilder out = new StringBuilder(s.length());
        Matcher m = pattern.matcher(new BudgetedText(s, ctx));
        int start = 0;
        while (start <= s.length()) {
            m.region(start, s.length());
            if (!m.find()) {
                break;
            }
            out.append(s, start, m.start());
            expand(out, template, s, m);
            if (m.end() > m.start()) {
                start = m.end();
            } else if (m.end() < s.length()) {
                int c = s.codePointAt(m.end());
                out.appendCodePoint(c);
                start = m.end() + Character.charCount(c);
            } else {
                start = s.length() + 1;
            }
        }
        if (start <= s.length()) {
            out.append(s, start, s.length());
        }
        return out.toString();
    }

    /** Go's {@code Expand}: {@code $$}, {@code $1}, {@code $name}, {@code ${name}}; unknown groups expand to nothing. */
    private void expand(StringBuilder out, String template, String s, Matcher m) {
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                i++;
                continue;
            }
            if (template.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            boolean braced = template.charAt(i + 1) == '{';
            int j = braced ? i + 2 : i + 1;
            int nameStart = j;
            while (j < template.length() && isNameChar(template.charAt(j))) {
                j++;
            }
            if (j == nameStart || (braced && (j >= template.length() || template.charAt(j) != '}'))) {
                out.append('$');
                i++;
                continue;
            }
            appendGroup(out, template.substring(nameStart, j), s, m);
            i = braced ? j + 1 : j;
        }
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c < 0x80 && Character.isLetterOrDigit(c));
    }

    private void appendGroup(StringBuilder out, String name, String s, Matcher m) {
        int group = -1;
        if (name.chars().allMatch(Character::isDigit)) {
            group = name.length() > 9 ? -1 : Integer.parseInt(name);
        } else if (names.containsKey(name)) {
            group = names.get(name);
        }
        if (group >= 0 && group <= m.groupCount() && m.start(group) >= 0) {
            out.append(s, m.start(group), m.end(group));
        }
    }
}
