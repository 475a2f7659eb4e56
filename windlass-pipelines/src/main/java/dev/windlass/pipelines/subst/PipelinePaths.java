package dev.windlass.pipelines.subst;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;

/** Where a pipeline's spec and its tasks sit inside the object that holds them, for locating issues. */
final class PipelinePaths {

    private PipelinePaths() {
    }

    /** {@code spec.pipelineSpec} of a PipelineRun that embeds its pipeline, else {@code spec}. */
    static FieldPath specAt(KubeObject owner) {
        boolean embedded = owner.content().getMap("spec").map(spec -> spec.containsKey("pipelineSpec")).orElse(false);
        return embedded ? FieldPath.of("spec", "pipelineSpec") : FieldPath.of("spec");
    }

    /** The path of the pipeline task called {@code name}, or of the spec when it is not found. */
    static FieldPath taskAt(KubeObject owner, String name) {
        FieldPath specAt = specAt(owner);
        MapNode spec = owner.field(specAt).orElse(null) instanceof MapNode map ? map : MapNode.empty();
        for (String list : List.of("tasks", "finally")) {
            List<Node> tasks = spec.getList(list).map(ListNode::items).orElse(List.of());
            for (int i = 0; i < tasks.size(); i++) {
                if (tasks.get(i) instanceof MapNode task && task.getText("name").orElse("").equals(name)) {
                    return specAt.key(list).index(i);
                }
            }
        }
        return specAt;
    }
}
