package dev.windlass.pipelines.model;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Origin;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures: Tekton objects from YAML text, with file positions as a real read has them. */
final class TektonYaml {

    private TektonYaml() {
    }

    static List<KubeObject> objects(String file, String yaml) {
        ParsedStream stream = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read(file, yaml);
        if (stream.hasErrors()) {
            throw new IllegalArgumentException("fixture does not parse: " + stream.issues());
        }
        List<KubeObject> out = new ArrayList<>();
        for (ParsedDocument document : stream.documents()) {
            if (document.content() instanceof MapNode map) {
                out.add(KubeObject.of(map, new Origin(file, document.index(), document.start(), document.sourceMap())));
            }
        }
        return out;
    }

    static KubeObject object(String yaml) {
        return objects("test.yaml", yaml).get(0);
    }
}
