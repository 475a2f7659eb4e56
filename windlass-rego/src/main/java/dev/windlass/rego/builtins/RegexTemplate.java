package dev.windlass.rego.builtins;

import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
  * {@code regex.template_match(template, value, start, end)}: literal text with regular
  * expressions between one-character delimiters ({@code "urn:foo:{.*}"}), as gorilla/mux builds it.
  */
final class RegexTemplate {
    private RegexTemplate() {}

    static Value match(BuiltinContext ctx, Args a) throws BuiltinException {
        String template = a.string(0);
        String value = a.string(1);
        String start = a.string(2);
        String end = a.string(3);
        int startLength = start.getBytes(StandardCharsets.UTF_8).length;
        if (startLength != 1) {
            throw a.failed("start delimiter has to be exactly one character long but is " + startLength + " long");
        }
        if (end.getBytes(StandardCharsets.UTF_8).length != 1) {
            // OPA reports the start delimiter's length here too.
            throw a.failed("end delimiter has to be exactly one character long but is " + startLength + " long");
        }
        List<Integer> idx = delimiters(a, template, start.charAt(0), end.charAt(0));
        StringBuilder pattern = new StringBuilder("^");
        int last = 0;
        for (int i = 0; i < idx.size(); i += 2) {
            String raw = template.substring(last, idx.get(i));
            last = idx.get(i + 1);
            String inner = template.substring(idx.get(i) + 1, last - 1);
            pattern.append(quoteMeta(raw)).append('(').append(inner).append(')');
            RegexBuiltins.compile(a, "^" + inner + "$");
        }
        pattern.append(quoteMeta(template.substring(last))).append('$');
        GoRegex re = RegexBuiltins.compile(a, pattern.toString());
        return RegexBuiltins.budgeted(a, () -> BoolValue.of(re.matches(value, ctx)));
    }

    private static List<Integer> delimiters(Args a, String s, char open, char close) throws BuiltinException {
        List<Integer> out = new ArrayList<>();
        int level = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == open) {
                if (++level == 1) {
                    from = i;
                }
            } else if (c == close) {
                if (--level == 0) {
                    out.add(from);
                    out.add(i + 1);
                } else if (level < 0) {
                    throw a.failed("unbalanced braces in " + GoQuote.quote(s));
                }
            }
        }
        if (level != 0) {
            throw a.failed("unbalanced braces in " + GoQuote.quote(s));
        }
        return out;
    }

    /** Go's {@code regexp.QuoteMeta}. */
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
