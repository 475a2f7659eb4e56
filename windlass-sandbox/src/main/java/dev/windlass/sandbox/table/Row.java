package dev.windlass.sandbox.table;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one Table row, in column order, and the row's conditions (kube-apiserver marks
 * finished pods {@code Completed}).
 */
record Row(List<Node> cells, List<MapNode> conditions) {

    Row {
        cells = List.copyOf(cells);
        conditions = List.copyOf(conditions);
    }

    /**
     * A row from plain values: {@code String}, {@code Long}/{@code Integer} (integer cells),
     * {@code Double}, {@code Boolean}, a {@link Node}, or null (a JSON null; kubectl leaves the cell blank).
     */
    static Row of(Object... cells) {
        List<Node> out = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            out.add(cell(cell));
        }
        return new Row(out, List.of());
    }

    Row withConditions(List<MapNode> values) {
        return new Row(cells, values);
    }

    private static Node cell(Object value) {
        if (value == null) {
            return Node.nullNode();
        }
        if (value instanceof Node node) {
            return node;
        }
        if (value instanceof String s) {
            return Node.of(s);
        }
        if (value instanceof Integer i) {
            return Node.of((long) i);
        }
        if (value instanceof Long l) {
            return Node.of(l);
        }
        if (value instanceof Double d) {
            return Node.of(d);
        }
        if (value instanceof Boolean b) {
            return Node.of(b);
        }
        throw new IllegalArgumentException("a table cell must be a string, number, boolean or null, not "
                + value.getClass().getName());
    }
}
