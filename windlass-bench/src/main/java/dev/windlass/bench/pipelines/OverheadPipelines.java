package dev.windlass.bench.pipelines;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The PipelineRuns {@link PipelineOverhead} measures: {@code tasks} pipeline tasks, each with one
 * step that runs {@code true} and nothing else, either all independent ({@code parallel}) or each
 * after the one before ({@code chain}). Embedded specs, so a run needs no catalog.
 */
final class OverheadPipelines {

    private OverheadPipelines() {
    }

    /** A PipelineRun of {@code tasks} empty tasks; {@code chain} orders them one after another. */
    static KubeObject run(String name, int tasks, boolean chain) {
        StringBuilder yaml = new StringBuilder()
                .append("apiVersion: tekton.dev/v1\n")
                .append("kind: PipelineRun\n")
                .append("metadata:\n")
                .append("  name: ").append(name).append('\n')
                .append("  namespace: bench\n")
                .append("spec:\n")
                .append("  pipelineSpec:\n")
                .append("    tasks:\n");
        for (int i = 0; i < tasks; i++) {
            yaml.append("    - name: t").append(i).append('\n');
            if (chain && i > 0) {
                yaml.append("      runAfter: [t").append(i - 1).append("]\n");
            }
            yaml.append("      taskSpec:\n")
                    .append("        steps:\n")
                    .append("        - name: empty\n")
                    .append("          image: busybox\n")
                    .append("          command: [\"true\"]\n");
        }
        return read(yaml.toString());
    }

    private static KubeObject read(String yaml) {
        List<KubeObject> objects = new ArrayList<>();
        for (ParsedDocument doc : YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                .read("overhead.yaml", yaml).documents()) {
            if (doc.content() instanceof MapNode map) {
                objects.add(KubeObject.of(map));
            }
        }
        return objects.get(0);
    }
}
