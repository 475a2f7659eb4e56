package dev.windlass.bench.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverheadPipelinesTest {

    @Test
    void chain_ordersEachTaskAfterTheOneBefore() {
        List<MapNode> tasks = tasks(OverheadPipelines.run("chain-0", 50, true));

        assertThat(tasks).hasSize(50);
        assertThat(tasks.get(0).containsKey("runAfter")).isFalse();
        assertThat(tasks.get(49).getList("runAfter").orElseThrow().items()).extracting(Node::toString)
                .singleElement().asString().contains("t48");
    }

    @Test
    void parallel_hasNoOrderAndOneTrueStepPerTask() {
        List<MapNode> tasks = tasks(OverheadPipelines.run("parallel-0", 50, false));

        assertThat(tasks).hasSize(50).allSatisfy(task -> {
            assertThat(task.containsKey("runAfter")).isFalse();
            ListNode steps = task.getMap("taskSpec").orElseThrow().getList("steps").orElseThrow();
            assertThat(steps.items()).hasSize(1);
            assertThat(((MapNode) steps.items().get(0)).getList("command").orElseThrow().items())
                    .extracting(Node::toString).singleElement().asString().contains("true");
        });
    }

    private static List<MapNode> tasks(KubeObject run) {
        ListNode tasks = run.content().getMap("spec").flatMap(s -> s.getMap("pipelineSpec"))
                .flatMap(p -> p.getList("tasks")).orElseThrow();
        return tasks.items().stream().map(MapNode.class::cast).toList();
    }
}
