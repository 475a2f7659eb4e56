package dev.windlass.rego.eval;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.Iterator;
import java.util.Map;

/** Values written as Rego literals, as OPA's {@code print} shows them: {@code {"a": 1}}, {@code {1, 2}}, {@code set()}. */
final class RegoText {
    private RegoText() {}

    /** A {@code print} operand: strings as they are, everything else as a Rego literal. */
    static String printed(Value v) {
        return v instanceof StringValue s ? s.value() : literal(v);
    }

    static String literal(Value v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb);
        return sb.toString();
    }

    private static void write(Value v, StringBuilder sb) {
        if (v instanceof ArrayValue a) {
            sb.append('[');
            join(a.items().iterator(), sb);
            sb.append(']');
        } else if (v instanceof SetValue s) {
            if (s.size() == 0) {
                sb.append("set()");
                return;
            }
            sb.append('{');
            join(s.members().iterator(), sb);
            sb.append('}');
        } else if (v instanceof ObjectValue o) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
                sb.append(first ? "" : ", ");
                write(e.getKey(), sb);
                sb.append(": ");
                write(e.getValue(), sb);
                first = false;
            }
            sb.append('}');
        } else {
            sb.append(v.toJson());
        }
    }

    private static void join(Iterator<Value> items, StringBuilder sb) {
        boolean first = true;
        while (items.hasNext()) {
            sb.append(first ? "" : ", ");
            write(items.next(), sb);
            first = false;
        }
    }
}
