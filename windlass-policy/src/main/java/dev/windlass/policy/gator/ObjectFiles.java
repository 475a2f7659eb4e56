package dev.windlass.policy.gator;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
  * Reads YAML (or JSON) files of Kubernetes objects as gator does: every non-empty document must
  * be an object with a kind; {@code List} kinds are not unwrapped. Bounded by the model's codec
  * limits; files come from a {@link Snapshot}.
  */
public final class ObjectFiles {
    private ObjectFiles() {
    }

    /** The objects in file {@code path} of {@code source}, in order. */
    public static List<KubeObject> read(Snapshot source, String path) throws GatorException {
        return parse(path, SourceFiles.readText(source, path));
    }

    /** The objects in YAML text; {@code name} is used in messages. */
    public static List<KubeObject> parse(String name, String text) throws GatorException {
        ParsedStream stream = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read(name, text);
        if (stream.hasErrors()) {
            throw new GatorException(name + ": not valid YAML: " + stream.issues().get(0).message());
        }
        List<KubeObject> out = new ArrayList<>();
        for (ParsedDocument doc : stream.documents()) {
            if (doc.isEmpty()) {
                continue;
            }
            Node content = doc.content();
            if (!(content instanceof MapNode map)) {
                throw new GatorException(name + ": document " + (doc.index() + 1) + " is not a Kubernetes object");
            }
            if (map.getText("kind").orElse("").isEmpty()) {
                throw new GatorException(name + ": document " + (doc.index() + 1) + " has no kind");
            }
            out.add(KubeObject.of(map));
        }
        return out;
    }
}
