package dev.windlass.engine.diff;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import java.util.Objects;
import java.util.Optional;

/**
 * One field whose live value is not the manifest's, after normalisation: where it is, and the two
 * values (either may be null: absent on that side). Secret data is masked here as everywhere.
 * For a list item matched by merge key, the path uses the item's index in the manifest.
 */
public record FieldDifference(FieldPath path, Node live, Node target) {

    public FieldDifference {
        Objects.requireNonNull(path, "path");
    }

    public Optional<Node> liveValue() {
        return Optional.ofNullable(live);
    }

    public Optional<Node> targetValue() {
        return Optional.ofNullable(target);
    }

    /** {@code spec.replicas: 3 -> 5}, for logs and messages; absent values print as {@code <none>}. */
    public String describe() {
        return (path.isRoot() ? "<object>" : path.toString()) + ": " + show(live) + " -> " + show(target);
    }

    private static String show(Node node) {
        return node == null ? "<none>" : String.valueOf(node.toPlain());
    }
}
