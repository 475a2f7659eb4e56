package dev.windlass.sandbox.table;

import dev.windlass.model.tree.MapNode;
import java.time.Instant;
import java.util.List;

/**
 * The columns of one kind and how one object fills them. Like kube-apiserver, the server always
 * prints the wide cells too; kubectl hides columns of priority above 0 unless asked for {@code -o wide}.
 */
record Printer(List<Column> columns, Cells cells) {

    Printer {
        columns = List.copyOf(columns);
    }

    /** Fills one row; cells follow {@link #columns()} one to one. */
    @FunctionalInterface
    interface Cells {
        Row row(MapNode object, Instant now);
    }

    Row row(MapNode object, Instant now) {
        return cells.row(object, now);
    }
}
