package dev.windlass.model.patch;

import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Map;

/**
 * JSON value semantics shared by the patch types: equality that treats {@code 3} and {@code 3.0}
 * as the same number (Go decodes both to float64), and short renderings for messages.
 */
final class JsonValues {

    private static final int MAX_SHOWN = 80;

    private JsonValues() {
    }

    /** Whether two values are equal as JSON: maps ignore key order, numbers compare by value. */
    static boolean equal(Node a, Node b) {
        if (a instanceof IntNode || a instanceof FloatNode) {
            return isNumber(b) && number(a) == number(b)
                    && (a instanceof FloatNode || b instanceof FloatNode || ((IntNode) a).value() == ((IntNode) b).value());
        }
        if (a instanceof MapNode ma && b instanceof MapNode mb) {
            return mapsEqual(ma.asJavaMap(), mb.asJavaMap());
        }
        if (a instanceof ListNode la && b instanceof ListNode lb) {
            return listsEqual(la.items(), lb.items());
        }
        return a.equals(b);
    }

    private static boolean mapsEqual(Map<String, Node> a, Map<String, Node> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, Node> entry : a.entrySet()) {
            Node other = b.get(entry.getKey());
            if (other == null || !equal(entry.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean listsEqual(List<Node> a, List<Node> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(Node node) {
        return node instanceof IntNode || node instanceof FloatNode;
    }

    private static double number(Node node) {
        return node instanceof IntNode i ? i.value() : ((FloatNode) node).value();
    }

    /** The value as compact JSON, cut short for a message. */
    static String show(Node node) {
        String text = JsonWriter.write(node, 0).strip();
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
    }
}
