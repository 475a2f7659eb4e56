package dev.windlass.pipelines.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example's stand-in tasks fit the seed's Pipeline as Tekton checks a pipeline task against its
 * task: same name and kind, every param passed is declared, every param without a default is
 * passed, every workspace bound is declared and every required workspace is bound.
 */
class SeedExampleFilesTest {

    @Test
    void standInTasks_declareWhatTheSeedPipelinePasses() throws IOException {
        Path example = SeedRepos.example();
        MapNode pipeline = ExampleFiles.read(List.of(example.resolve("pipeline.yaml"))).get(0).content();
        List<KubeObject> tasks = tasks(example);

        for (MapNode pipelineTask : maps(spec(pipeline).getList("tasks"))) {
            String name = pipelineTask.getText("name").orElseThrow();
            MapNode ref = pipelineTask.getMap("taskRef").orElseThrow();
            KubeObject task = tasks.stream()
                    .filter(t -> t.name().equals(ref.getText("name").orElseThrow())
                            && t.kind().equals(ref.getText("kind").orElse("Task")))
                    .findFirst().orElseThrow(() -> new AssertionError(name + ": no task " + ref));
            MapNode taskSpec = spec(task.content());

            Set<String> passed = names(pipelineTask.getList("params"));
            Set<String> declared = names(taskSpec.getList("params"));
            assertThat(declared).as(name + " params declared").containsAll(passed);
            assertThat(required(taskSpec.getList("params"), "default")).as(name + " params required").isSubsetOf(passed);

            Set<String> bound = names(pipelineTask.getList("workspaces"));
            assertThat(names(taskSpec.getList("workspaces"))).as(name + " workspaces declared").containsAll(bound);
            assertThat(required(taskSpec.getList("workspaces"), "optional")).as(name + " workspaces required")
                    .isSubsetOf(bound);
        }
    }

    @Test
    void standInTasks_sayTheyAreStandIns() throws IOException {
        for (KubeObject task : tasks(SeedRepos.example())) {
            assertThat(task.annotation("windlass.dev/stand-in-for")).as(task.name())
                    .hasValueSatisfying(v -> assertThat(v).startsWith("tektoncd/catalog task/" + task.name() + " "));
        }
    }

    @Test
    void shebangs_nameTheirInterpreters() {
        String text = "script: |\n  #!/usr/bin/env python3\n  print(1)\n---\n    #!/bin/bash\n  #! /usr/bin/perl -w\n";

        assertThat(ExampleSkips.interpreters(text)).containsExactly("python3", "bash", "perl");
    }

    @Test
    void skips_explainFilesNeedingMoreThanAShell() {
        assertThat(ExampleSkips.reason("taskruns/x.yaml", "script: |\n  #!/usr/bin/env no-such-interpreter\n"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("no-such-interpreter, not installed"));
        assertThat(ExampleSkips.reason("taskruns/x.yaml", "script: |\n  #!/usr/bin/env bash\n  echo hi\n")).isEmpty();
        assertThat(ExampleSkips.reason("taskruns/steps-run-in-order.yaml", "")).hasValueSatisfying(
                reason -> assertThat(reason).contains("entrypoint"));
    }

    private static List<KubeObject> tasks(Path example) throws IOException {
        try (Stream<Path> files = Files.list(example.resolve("tasks"))) {
            return ExampleFiles.read(files.sorted().toList());
        }
    }

    private static MapNode spec(MapNode object) {
        return object.getMap("spec").orElseThrow();
    }

    private static List<MapNode> maps(Optional<ListNode> list) {
        return list.map(l -> l.items().stream().filter(MapNode.class::isInstance).map(MapNode.class::cast).toList())
                .orElse(List.of());
    }

    private static Set<String> names(Optional<ListNode> list) {
        return maps(list).stream().map(m -> m.getText("name").orElseThrow()).collect(Collectors.toSet());
    }

    /** Names of entries without {@code key} (params without a default; workspaces not optional). */
    private static Set<String> required(Optional<ListNode> list, String key) {
        return maps(list).stream()
                .filter(m -> m.get(key).filter(SeedExampleFilesTest::isSet).isEmpty())
                .map(m -> m.getText("name").orElseThrow()).collect(Collectors.toSet());
    }

    private static boolean isSet(Node node) {
        return !(node instanceof BoolNode b) || b.value();
    }
}
