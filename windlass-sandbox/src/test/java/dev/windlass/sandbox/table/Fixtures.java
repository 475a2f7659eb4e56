package dev.windlass.sandbox.table;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.Instant;
import java.util.List;

/** Objects from YAML text and the cells a printer makes of them, at a fixed "now". */
final class Fixtures {

    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private Fixtures() {
    }

    static MapNode yaml(String text) {
        var stream = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("test.yaml", text);
        return stream.documents().get(0).content().asMap().orElseThrow();
    }

    /** The row's cells as plain Java values (String, Long, Double, Boolean, null). */
    static List<Object> cells(Printer printer, String yaml) {
        return printer.row(yaml(yaml), NOW).cells().stream().map(Node::toPlain).toList();
    }

    static List<String> columnNames(Printer printer) {
        return printer.columns().stream().map(Column::name).toList();
    }

    static List<Object> plain(ListNode list) {
        return list.items().stream().map(Node::toPlain).toList();
    }
}
