package dev.windlass.sandbox.schema;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;

/** JSON fixtures for the schema tests. */
final class Json {

    private Json() {
    }

    static Node node(String json) {
        return JsonReader.create(CodecLimits.DEFAULT).read("test.json", json).documents().get(0).content();
    }

    static MapNode map(String json) {
        return node(json).asMap().orElseThrow();
    }

    static Schema schema(String json) {
        return Schema.parse(map(json));
    }

    /** A root schema whose {@code spec} follows {@code specSchema}. */
    static Schema withSpec(String specSchema) {
        return schema("{\"type\":\"object\",\"properties\":{\"spec\":" + specSchema + "}}");
    }
}
