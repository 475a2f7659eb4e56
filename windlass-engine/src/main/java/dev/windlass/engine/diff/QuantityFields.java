package dev.windlass.engine.diff;

import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.List;
import java.util.Set;

/**
 * Which fields hold a {@code resource.Quantity}, by their path of map keys (list items skipped):
 * container and pod {@code resources} requests and limits and pod {@code overhead} (any kind, so
 * templates inside workloads and CRDs that embed a pod spec count too), PVC storage requests
 * (also in volume claim templates), {@code emptyDir.sizeLimit}, PersistentVolume
 * {@code spec.capacity}, ResourceQuota {@code spec.hard} and LimitRange {@code spec.limits}.
 */
final class QuantityFields {

    private static final Set<String> LIMIT_RANGE_FIELDS = Set.of("max", "min", "default", "defaultRequest", "maxLimitRequestRatio");

    private QuantityFields() {
    }

    static boolean isQuantity(GroupKind kind, List<String> path) {
        int size = path.size();
        if (size >= 3 && path.get(size - 3).equals("resources")
                && (path.get(size - 2).equals("requests") || path.get(size - 2).equals("limits"))) {
            return true;
        }
        if (size >= 2 && path.get(size - 2).equals("overhead")) {
            return true;
        }
        if (size >= 2 && path.get(size - 2).equals("emptyDir") && path.get(size - 1).equals("sizeLimit")) {
            return true;
        }
        return kind.group().isEmpty() && size >= 3 && path.get(0).equals("spec") && coreKindField(kind.kind(), path);
    }

    private static boolean coreKindField(String kind, List<String> path) {
        return switch (kind) {
            case "PersistentVolume" -> path.size() == 3 && path.get(1).equals("capacity");
            case "ResourceQuota" -> path.size() == 3 && path.get(1).equals("hard");
            case "LimitRange" -> path.size() == 4 && path.get(1).equals("limits") && LIMIT_RANGE_FIELDS.contains(path.get(2));
            default -> false;
        };
    }

    /** The canonical quantity text of {@code value}; the value unchanged when it is not a quantity. */
    static Node canonical(Node value) {
        String text;
        if (value instanceof StringNode s) {
            text = s.value();
        } else if (value instanceof IntNode i) {
            text = Long.toString(i.value());
        } else if (value instanceof FloatNode f) {
            text = new java.math.BigDecimal(Double.toString(f.value())).toPlainString();
        } else {
            return value;
        }
        return Quantity.canonical(text).<Node>map(Node::of).orElse(value);
    }
}
