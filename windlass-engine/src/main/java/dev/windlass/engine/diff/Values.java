package dev.windlass.engine.diff;

import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;

/** Value equality as JSON sees it: {@code 1} equals {@code 1.0}; maps ignore key order. */
final class Values {

    private Values() {
    }

    static boolean equal(Node a, Node b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof IntNode x && b instanceof IntNode y) {
                return x.value() == y.value();
            }
            return number(a) == number(b);
        }
        if (a instanceof ListNode x && b instanceof ListNode y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof MapNode x && b instanceof MapNode y) {
            return x.size() == y.size() && x.asJavaMap().entrySet().stream()
                    .allMatch(e -> y.get(e.getKey()).filter(v -> equal(e.getValue(), v)).isPresent());
        }
        return a.equals(b);
    }

    static boolean isUnset(Node node) {
        return node == null || node.isNull() || (node instanceof MapNode m && m.isEmpty())
                || (node instanceof ListNode l && l.isEmpty());
    }

    private static boolean isNumber(Node node) {
        return node instanceof IntNode || node instanceof FloatNode;
    }

    private static double number(Node node) {
        return node instanceof IntNode i ? i.value() : ((FloatNode) node).value();
    }
}
