package dev.windlass.pipelines.local;

import java.util.Map;

/**
 * Kubernetes' {@code $(VAR)} expansion in env values, command and args: a reference to a variable the
 * container defines is replaced, {@code $$} is a literal {@code $}, and anything else stays as written.
 */
final class EnvExpansion {

    private EnvExpansion() {
    }

    static String expand(String text, Map<String, String> vars) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 == text.length()) {
                out.append(c);
                i++;
            } else if (text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (text.charAt(i + 1) == '(') {
                int close = text.indexOf(')', i + 2);
                if (close < 0) {
                    out.append(text, i, text.length());
                    break;
                }
                String name = text.substring(i + 2, close);
                String value = vars.get(name);
                out.append(value != null ? value : text.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            }
        }
        return out.toString();
    }
}
