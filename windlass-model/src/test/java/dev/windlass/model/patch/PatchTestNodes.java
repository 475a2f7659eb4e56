package dev.windlass.model.patch;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.Node;

/** Test documents written as JSON with single quotes, for readable tables. */
final class PatchTestNodes {

    private PatchTestNodes() {
    }

    static Node json(String text) {
        return JsonReader.create(CodecLimits.DEFAULT).read("test.json", text.replace('\'', '"'))
                .documents().get(0).content();
    }

    /** Compact JSON with the keys in the tree's order, to compare order as well as content. */
    static String text(Node node) {
        return JsonWriter.write(node, 0).replace('"', '\'');
    }
}
