package dev.windlass.sandbox.table;

import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.table.JsonPath.Field;
import dev.windlass.sandbox.table.JsonPath.Filter;
import dev.windlass.sandbox.table.JsonPath.Literal;
import dev.windlass.sandbox.table.JsonPath.Recursive;
import dev.windlass.sandbox.table.JsonPath.Slice;
import dev.windlass.sandbox.table.JsonPath.Step;
import dev.windlass.sandbox.table.JsonPath.Union;
import dev.windlass.sandbox.table.JsonPath.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the JSONPath subset of {@link JsonPath}; a malformed path is an {@link IllegalArgumentException}. */
final class JsonPathParser {

    private static final Pattern SLICE = Pattern.compile("^(-?\\d*)(:-?\\d*)?(:-?\\d*)?$");
    private static final Pattern COMPARISON = Pattern.compile("^([^!<>=]+)([!<>=]+)(.+?)$", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?$");
    private static final int MAX_LENGTH = 4096;

    private final String text;
    private int pos;

    JsonPathParser(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a JSONPath must be at most " + MAX_LENGTH + " characters");
        }
        this.text = text;
    }

    JsonPath parse() {
        List<Step> steps = new ArrayList<>();
        if (pos < text.length() && (text.charAt(pos) == '$' || text.charAt(pos) == '@')) {
            pos++;
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ') {
                pos++;
            } else if (text.startsWith("..", pos)) {
                pos += 2;
                steps.add(new Recursive());
                field(steps);
            } else if (c == '.') {
                pos++;
                field(steps);
            } else if (c == '[') {
                steps.add(bracket(closing(pos)));
            } else {
                throw error("unexpected '" + c + "'");
            }
        }
        return new JsonPath(text, steps);
    }

    private void field(List<Step> steps) {
        StringBuilder name = new StringBuilder();
        while (pos < text.length() && !terminator(text.charAt(pos))) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            name.append(c);
        }
        if (name.toString().equals("*")) {
            steps.add(new Wildcard());
        } else if (name.length() > 0) {
            steps.add(new Field(name.toString()));
        }
    }

    private static boolean terminator(char c) {
        return Character.isWhitespace(c) || ".,[]$@{}".indexOf(c) >= 0;
    }

    /** The index of the {@code ]} closing the bracket at {@code open}, skipping quotes and parentheses. */
    private int closing(int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ']' && depth == 0) {
                return i;
            }
        }
        throw error("unclosed array, expected ]");
    }

    private Step bracket(int close) {
        String inner = text.substring(pos + 1, close).trim();
        pos = close + 1;
        if (inner.startsWith("?(") && inner.endsWith(")")) {
            return filter(inner.substring(2, inner.length() - 1));
        }
        if (inner.equals("*")) {
            return new Slice(null, null, null, false);
        }
        List<String> parts = splitTopLevel(inner);
        if (parts.size() > 1) {
            List<JsonPath> branches = new ArrayList<>();
            for (String part : parts) {
                branches.add(new JsonPathParser("[" + part.trim() + "]").parse());
            }
            return new Union(branches);
        }
        if (quoted(inner)) {
            return new Field(unquote(inner));
        }
        return slice(inner);
    }

    private Step slice(String inner) {
        Matcher m = SLICE.matcher(inner);
        if (!m.matches() || inner.isEmpty()) {
            throw error("invalid array index " + inner);
        }
        Integer start = bound(m.group(1));
        if (m.group(2) == null) {
            if (start == null) {
                throw error("invalid array index " + inner);
            }
            return new Slice(start, null, null, true);
        }
        Integer end = bound(m.group(2).substring(1));
        Integer step = m.group(3) == null ? null : bound(m.group(3).substring(1));
        return new Slice(start, end, step, false);
    }

    private static Integer bound(String digits) {
        return digits.isEmpty() || digits.equals("-") ? null : Integer.valueOf(digits);
    }

    private Step filter(String expression) {
        Matcher m = COMPARISON.matcher(expression);
        if (!m.matches()) {
            return new Filter(new JsonPathParser(expression.trim()).parse(), "exists", null);
        }
        JsonPath left = new JsonPathParser(m.group(1).trim()).parse();
        return new Filter(left, m.group(2), operand(m.group(3).trim()));
    }

    private static JsonPath operand(String text) {
        Node literal = null;
        if (quoted(text)) {
            literal = Node.of(unquote(text));
        } else if (text.equals("true") || text.equals("false")) {
            literal = Node.of(Boolean.parseBoolean(text));
        } else if (NUMBER.matcher(text).matches()) {
            boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
            literal = integral ? Node.of(Long.parseLong(text.replace("+", ""))) : Node.of(Double.parseDouble(text));
        }
        if (literal != null) {
            return new JsonPath(text, List.of(new Literal(literal)));
        }
        return new JsonPathParser(text).parse();
    }

    private static boolean quoted(String s) {
        return s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0);
    }

    private static String unquote(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() - 1) {
                c = s.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static List<String> splitTopLevel(String inner) {
        List<String> parts = new ArrayList<>();
        char quote = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ',') {
                parts.add(inner.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(inner.substring(start));
        return parts;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("unrecognized JSONPath \"" + text + "\": " + what + " at offset " + pos);
    }
}
