package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.INT;
import static dev.windlass.gotemplate.GoType.STRING;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunctionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sprig's regex functions (regex.go) with Go's regexp semantics: leftmost-first matching, Go's
 * handling of empty matches next to earlier ones, {@code $1}/{@code ${name}} expansion (a name is
 * the longest run of letters, digits and underscores) and Go's compile errors. The plain forms fail
 * with {@code regexp: Compile(`EXPR`): ...} (Go's MustCompile panic); the must forms with the bare error.
 */
final class SprigRegex {

    private interface RegexBody {
        Object apply(SprigRegexSyntax.Compiled p, Object[] a) throws GoFunctionException;
    }

    private SprigRegex() {
    }

    static List<GoFunc> functions() {
        List<GoFunc> f = new ArrayList<>();
        f.add(GoFunc.of("regexMatch", a -> {
            try {
                return SprigRegexSyntax.compile((String) a[0]).matcher((String) a[1]).find();
            } catch (GoFunctionException e) {
                return false;
            }
        }, STRING, STRING));
        f.add(GoFunc.of("mustRegexMatch", a -> SprigRegexSyntax.compile((String) a[0]).matcher((String) a[1]).find(),
                STRING, STRING));
        pair(f, "regexFindAll", (p, a) -> new ArrayList<Object>(findAll(p.pattern(), (String) a[1], ((Number) a[2]).intValue())),
                STRING, STRING, INT);
        pair(f, "regexFind", (p, a) -> {
            Matcher m = p.pattern().matcher((String) a[1]);
            return m.find() ? m.group() : "";
        }, STRING, STRING);
        pair(f, "regexReplaceAll", (p, a) -> replaceAll(p, (String) a[1], (String) a[2], false), STRING, STRING, STRING);
        pair(f, "regexReplaceAllLiteral", (p, a) -> replaceAll(p, (String) a[1], (String) a[2], true),
                STRING, STRING, STRING);
        pair(f, "regexSplit", (p, a) -> split(p.pattern(), (String) a[0], (String) a[1], ((Number) a[2]).intValue()),
                STRING, STRING, INT);
        f.add(GoFunc.of("regexQuoteMeta", a -> SprigRegexSyntax.quoteMeta((String) a[0]), STRING));
        return f;
    }

    private static void pair(List<GoFunc> f, String name, RegexBody body, dev.windlass.gotemplate.GoType... params) {
        f.add(GoFunc.of(name, a -> {
            SprigRegexSyntax.Compiled p;
            try {
                p = SprigRegexSyntax.compileNamed((String) a[0]);
            } catch (GoFunctionException e) {
                throw new GoFunctionException("regexp: Compile(" + quoteExpr((String) a[0]) + "): " + e.getMessage());
            }
            return body.apply(p, a);
        }, params));
        String must = "must" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        f.add(GoFunc.of(must, a -> body.apply(SprigRegexSyntax.compileNamed((String) a[0]), a), params));
    }

    /** Go's regexp.quote: backquoted when possible, else a Go string literal. */
    private static String quoteExpr(String s) {
        if (s.indexOf('`') < 0 && s.chars().noneMatch(c -> c < 0x20 && c != '\t')) {
            return "`" + s + "`";
        }
        return dev.windlass.gotemplate.GoFmt.quote(s);
    }

    /** FindAllStringIndex: [start, end] pairs; n &lt; 0 for all. */
    static List<int[]> findAllIndex(Pattern p, String s, int n) {
        List<int[]> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        Matcher m = p.matcher(s);
        int pos = 0;
        int prevEnd = -1;
        while ((n < 0 || out.size() < n) && pos <= s.length()) {
            if (!m.find(pos)) {
                break;
            }
            boolean accept = true;
            if (m.end() == pos && m.start() == pos) {
                if (m.start() == prevEnd) {
                    accept = false;
                }
                pos += pos < s.length() ? Character.charCount(s.codePointAt(pos)) : 1;
            } else {
                pos = m.end();
            }
            prevEnd = m.end();
            if (accept) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    private static List<String> findAll(Pattern p, String s, int n) {
        List<String> out = new ArrayList<>();
        for (int[] m : findAllIndex(p, s, n)) {
            out.add(s.substring(m[0], m[1]));
        }
        return out;
    }

    private static String replaceAll(SprigRegexSyntax.Compiled p, String src, String repl, boolean literal) {
        StringBuilder out = new StringBuilder();
        Matcher m = p.pattern().matcher(src);
        int lastEnd = 0;
        int search = 0;
        while (search <= src.length()) {
            if (!m.find(search)) {
                break;
            }
            out.append(src, lastEnd, m.start());
            if (m.end() > lastEnd || m.start() == 0) {
                out.append(literal ? repl : expand(m, p.names(), repl));
            }
            lastEnd = m.end();
            int width = search < src.length() ? Character.charCount(src.codePointAt(search)) : 0;
            if (search + width > m.end()) {
                search += width;
            } else if (search + 1 > m.end()) {
                search++;
            } else {
                search = m.end();
            }
        }
        return out.append(src.substring(lastEnd)).toString();
    }

    /** Regexp.Expand's template language: {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}}, {@code $$}. */
    static String expand(Matcher m, Map<String, Integer> names, String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int dollar = template.indexOf('$', i);
            if (dollar < 0) {
                break;
            }
            out.append(template, i, dollar);
            i = dollar + 1;
            if (i < template.length() && template.charAt(i) == '$') {
                out.append('$');
                i++;
                continue;
            }
            boolean brace = i < template.length() && template.charAt(i) == '{';
            int start = brace ? i + 1 : i;
            int end = start;
            while (end < template.length() && (Character.isLetterOrDigit(template.charAt(end))
                    || template.charAt(end) == '_')) {
                end++;
            }
            if (end == start || (brace && (end >= template.length() || template.charAt(end) != '}'))) {
                out.append('$');
                continue;
            }
            String name = template.substring(start, end);
            i = brace ? end + 1 : end;
            Integer group = name.chars().allMatch(Character::isDigit) ? parseGroup(name) : names.get(name);
            if (group != null && group <= m.groupCount() && m.group(group) != null) {
                out.append(m.group(group));
            }
        }
        return out.append(template.substring(Math.min(i, template.length()))).toString();
    }

    private static Integer parseGroup(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object split(Pattern p, String expr, String s, int n) {
        List<Object> out = new ArrayList<>();
        if (n == 0) {
            return null;
        }
        if (!expr.isEmpty() && s.isEmpty()) {
            out.add("");
            return out;
        }
        int beg = 0;
        int end = 0;
        for (int[] match : findAllIndex(p, s, n)) {
            if (n > 0 && out.size() == n - 1) {
                break;
            }
            end = match[0];
            if (match[1] != 0) {
                out.add(s.substring(beg, end));
            }
            beg = match[1];
        }
        if (end != s.length()) {
            out.add(s.substring(beg));
        }
        return out;
    }
}
