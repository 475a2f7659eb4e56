package dev.windlass.cli.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.Node;
import dev.windlass.policy.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One violation of {@code windlass policy test}, with the object it is about, and its printing. */
record TestFinding(KubeObject object, Violation violation) {

    /** gator test's text line: {@code apps/v1/Deployment ns/name: ["constraint"] Message: "msg"}. */
    String line() {
        String where = object.apiVersion() + "/" + object.kind() + " "
                + (object.namespace().isEmpty() ? "" : object.namespace() + "/") + object.name();
        return where + ": [" + goQuote(violation.constraintName()) + "] Message: " + goQuote(violation.message());
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("msg", violation.message());
        if (violation.details() != null) {
            m.put("details", violation.details());
        }
        Map<String, Object> constraint = new LinkedHashMap<>();
        constraint.put("kind", violation.constraintKind());
        constraint.put("name", violation.constraintName());
        m.put("constraint", constraint);
        m.put("enforcementAction", violation.action().wireName());
        Map<String, Object> obj = new LinkedHashMap<>();
        obj.put("apiVersion", object.apiVersion());
        obj.put("kind", object.kind());
        if (!object.namespace().isEmpty()) {
            obj.put("namespace", object.namespace());
        }
        obj.put("name", object.name());
        m.put("violatingObject", obj);
        return m;
    }

    static String format(String output, List<TestFinding> findings) {
        if (output.equals("text")) {
            StringBuilder b = new StringBuilder();
            findings.forEach(f -> b.append(f.line()).append('\n'));
            return b.toString();
        }
        List<Object> list = new ArrayList<>();
        findings.forEach(f -> list.add(f.toMap()));
        Node node = Node.from(list);
        return output.equals("json") ? JsonWriter.write(node, 4) + "\n" : YamlWriter.write(node);
    }

    /** Go's {@code %q}: double quotes, with backslash, quote and control characters escaped. */
    static String goQuote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }
}
