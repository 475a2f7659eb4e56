package dev.windlass.kustomize;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.StringNode;

/** The text of scalar nodes, as kustomize reads scalars into string fields. */
final class Scalars {

    private Scalars() {
    }

    static String text(Node node) {
        if (node instanceof StringNode s) {
            return s.value();
        }
        if (node instanceof IntNode i) {
            return Long.toString(i.value());
        }
        if (node instanceof BoolNode b) {
            return b.toString();
        }
        if (node instanceof FloatNode f) {
            double value = f.value();
            return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value) : Double.toString(value);
        }
        if (node instanceof NullNode) {
            return "";
        }
        return node.toString();
    }
}
