package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
  * YAML text as {@code yaml.marshal} writes it ({@code sigs.k8s.io/yaml}, go-yaml v2 style): block
  * style, mappings indented by two, sequences under a key not indented, keys in go-yaml's natural
  * order, strings quoted only when plain text would read as something else.
  */
final class YamlEmitter {
    private static final int WIDTH = 80;

    private final StringBuilder out = new StringBuilder();

    private YamlEmitter() {}

    static String emit(Value value) {
        YamlEmitter emitter = new YamlEmitter();
        if (value instanceof ObjectValue o && o.size() > 0 || items(value) != null && !items(value).isEmpty()) {
            emitter.node(value, 0, false);
        } else {
            emitter.scalarLine(value, 2);
        }
        return emitter.out.toString();
    }

    /** Writes a node; {@code inline} when the line already holds a {@code "- "} prefix. */
    private void node(Value value, int indent, boolean inline) {
        List<Value> items = items(value);
        if (value instanceof ObjectValue o && o.size() > 0) {
            mapping(o, indent, inline);
        } else if (items != null && !items.isEmpty()) {
            sequence(items, indent, inline);
        } else {
            scalarLine(value, indent);
        }
    }

    private static List<Value> items(Value value) {
        if (value instanceof ArrayValue a) {
            return a.items();
        }
        return value instanceof SetValue s ? new ArrayList<>(s.members()) : null;
    }

    private void mapping(ObjectValue object, int indent, boolean inline) {
        TreeMap<String, Value> sorted = new TreeMap<>(YamlScalars::compareKeys);
        sorted.putAll(JsonText.sortedEntries(object));
        boolean first = true;
        for (Map.Entry<String, Value> e : sorted.entrySet()) {
            if (!(first && inline)) {
                pad(indent);
            }
            first = false;
            out.append(YamlScalars.key(e.getKey())).append(':');
            Value v = e.getValue();
            List<Value> items = items(v);
            if (v instanceof ObjectValue o && o.size() > 0) {
                out.append('\n');
                mapping(o, indent + 2, false);
            } else if (items != null && !items.isEmpty()) {
                out.append('\n');
                sequence(items, indent, false);
            } else {
                out.append(' ');
                scalarLine(v, indent + 2);
            }
        }
    }

    private void sequence(List<Value> items, int indent, boolean inline) {
        boolean first = true;
        for (Value item : items) {
            if (!(first && inline)) {
                pad(indent);
            }
            first = false;
            out.append("- ");
            node(item, indent + 2, true);
        }
    }

    /** A scalar and its newline; a literal block's lines go at {@code blockIndent}. */
    private void scalarLine(Value value, int blockIndent) {
        if (value instanceof StringValue s && YamlScalars.isLiteral(s.value())) {
            literal(s.value(), blockIndent);
            return;
        }
        if (value instanceof StringValue s) {
            folded(YamlScalars.quoted(s.value()), blockIndent);
        } else {
            out.append(scalar(value));
        }
        out.append('\n');
    }

    /**
      * Writes a flow scalar, breaking lines at spaces once the line is past 80 columns, as the
      * go-yaml v2 emitter does; continuation lines go at {@code indent}.
      */
    private void folded(String text, int indent) {
        char style = text.charAt(0) == '\'' || text.charAt(0) == '"' ? text.charAt(0) : ' ';
        int column = out.length() - (out.lastIndexOf("\n") + 1);
        boolean spaces = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ') {
                out.append(c);
                column++;
                spaces = false;
                continue;
            }
            boolean nextSpace = i + 1 < text.length() && text.charAt(i + 1) == ' ';
            boolean inner = style == ' ' || (i > 1 && i < text.length() - 2);
            if (!spaces && column > WIDTH && inner && (style == '"' || !nextSpace)) {
                out.append('\n');
                pad(indent);
                column = indent;
                if (style == '"' && nextSpace) {
                    out.append('\\');
                    column++;
                }
            } else {
                out.append(' ');
                column++;
            }
            spaces = true;
        }
    }

    private static String scalar(Value value) {
        if (value instanceof NullValue) {
            return "null";
        }
        if (value instanceof BoolValue b) {
            return String.valueOf(b.value());
        }
        if (value instanceof NumberValue n) {
            return n.isInteger() && fitsGoInteger(n) ? Values.numberText(n) : YamlScalars.goFloat(n.doubleValue());
        }
        if (value instanceof StringValue s) {
            return YamlScalars.quoted(s.value());
        }
        return value instanceof ObjectValue ? "{}" : "[]";
    }

    /** Whether go-yaml reads the JSON integer as an int64 or uint64 rather than a float64. */
    private static boolean fitsGoInteger(NumberValue n) {
        java.math.BigInteger i = n.value().toBigInteger();
        return i.bitLength() <= 64 && (i.signum() >= 0 || i.bitLength() <= 63);
    }

    private void literal(String s, int indent) {
        out.append('|');
        if (s.startsWith(" ") || s.startsWith("\n")) {
            out.append(2);
        }
        if (!s.endsWith("\n")) {
            out.append('-');
        } else if (s.endsWith("\n\n")) {
            out.append('+');
        }
        out.append('\n');
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty()) {
                pad(indent);
                out.append(line);
            }
            out.append('\n');
        }
    }

    private void pad(int indent) {
        out.append(" ".repeat(indent));
    }
}
