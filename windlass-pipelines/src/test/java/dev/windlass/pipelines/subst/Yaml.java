package dev.windlass.pipelines.subst;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;

/** Reads and writes the small YAML strings the substitution tests are written in. */
final class Yaml {

    private static final YamlReader READER = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES);

    private Yaml() {
    }

    static Node read(String text) {
        ParsedStream stream = READER.read("test.yaml", text);
        if (stream.hasErrors()) {
            throw new IllegalArgumentException(stream.issues().toString());
        }
        return stream.documents().get(0).content();
    }

    static MapNode map(String text) {
        return (MapNode) read(text);
    }

    static String write(Node node) {
        return YamlWriter.write(node);
    }

    /** The YAML text normalised through a read and a write, to compare with output. */
    static String normal(String text) {
        return write(read(text));
    }

    static KubeObject owner(String kind, String name) {
        return KubeObject.of(map("apiVersion: tekton.dev/v1\nkind: " + kind + "\nmetadata:\n  name: " + name
                + "\n  namespace: default\nspec: {}\n"));
    }
}
