package dev.windlass.pipelines.conformance;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Origin;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the objects of YAML files as the CLI does, each with its file and positions for issues. */
final class ExampleFiles {

    private ExampleFiles() {
    }

    /** The objects (YAML documents that are mappings with a kind) of the files, in order. */
    static List<KubeObject> read(List<Path> files) throws IOException {
        YamlReader reader = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES);
        List<KubeObject> objects = new ArrayList<>();
        for (Path file : files) {
            ParsedStream stream = reader.read(file.getFileName().toString(), Files.readString(file));
            if (stream.hasErrors()) {
                throw new IOException(file + ": " + stream.issues());
            }
            for (ParsedDocument doc : stream.documents()) {
                if (doc.content() instanceof MapNode map && map.containsKey("kind")) {
                    Origin origin = new Origin(file.getFileName().toString(), doc.index(), doc.start(), doc.sourceMap());
                    objects.add(KubeObject.of(map, origin));
                }
            }
        }
        return objects;
    }
}
