package dev.windlass.kustomize;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.YamlWriter;
import java.util.List;

/** Prints built objects as {@code kustomize build} does: YAML documents separated by {@code ---} lines. */
public final class KustomizeOutput {

    private KustomizeOutput() {
    }

    /** The objects as multi-document YAML; {@code ""} for none. */
    public static String yaml(List<KubeObject> objects) {
        return YamlWriter.writeAll(objects.stream().map(KubeObject::content).toList());
    }
}
