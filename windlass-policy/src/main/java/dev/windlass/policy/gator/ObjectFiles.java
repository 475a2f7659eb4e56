package dev.windlass.policy.gator;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
  * Reads YAML (or JSON) files of Kubernetes objects as gator does: every non-empty document must
  * be an object with a kind; {@code List} kinds are not unwrapped. Bounded by the model's codec
  * limits.
  */
public final class ObjectFiles {
    private ObjectFiles() {
    }

    /** The objects in a file, in order. */
    public static List<KubeObject> read(Path file) throws GatorException {
        String text;
        try {
            if (Files.size(file) > CodecLimits.DEFAULT.maxFileBytes()) {
                throw new GatorException(file + ": the file is larger than " + CodecLimits.DEFAULT.maxFileBytes()
                        + " bytes");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GatorException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
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
