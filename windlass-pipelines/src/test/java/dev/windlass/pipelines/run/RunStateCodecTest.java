package dev.windlass.pipelines.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.ParamValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunStateCodecTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2024-05-01T10:00:07.123456789Z");

    private static KubeObject run(String kind) {
        return KubeObject.of(MapNode.of("apiVersion", "tekton.dev/v1", "kind", kind, "metadata",
                Map.of("name", "build-x7k2p", "namespace", "ci"), "spec", Map.of("pipelineRef", Map.of("name", "build"))));
    }

    private static RunState pipelineRunState() {
        StepOutcome step = new StepOutcome("compile", "golang:1.22", 0, "Completed", Optional.of(T0), Optional.of(T1));
        StepOutcome skipped = new StepOutcome("publish", "alpine", 1, "Skipped", Optional.empty(), Optional.empty());
        ChildRun fetch = new ChildRun("build-x7k2p-fetch", "fetch", false, Optional.empty(),
                new Condition("True", "Succeeded", "All Steps have completed executing"), Optional.of(T0),
                Optional.of(T1), Map.of("commit", ParamValue.of("abc123\n"), "files", ParamValue.of(List.of("a", "b")),
                        "image", ParamValue.of(Map.of("url", "reg/x", "digest", "sha256:1"))), List.of(step, skipped),
                List.of(new Condition("False", "Failed", "\"step-compile\" exited with code 1: Error")));
        ChildRun matrix = new ChildRun("build-x7k2p-test-0", "test", false, Optional.of(0), Condition.running(),
                Optional.of(T1), Optional.empty(), Map.of(), List.of(), List.of());
        ChildRun cleanup = new ChildRun("build-x7k2p-cleanup", "cleanup", true, Optional.empty(),
                new Condition("Unknown", "Pending", ""), Optional.empty(), Optional.empty(), Map.of(), List.of(),
                List.of());
        return new RunState(run("PipelineRun"), new Condition("Unknown", "Running", "Tasks Completed: 1 (Failed: 0)"),
                Optional.of(T0), Optional.empty(), List.of(fetch, matrix, cleanup),
                List.of(new SkippedTask("deploy", "When Expressions evaluated to false")),
                Map.of("commit", ParamValue.of("abc123\n")));
    }

    @Test
    void readWrite_roundTripsEveryField() {
        RunState state = pipelineRunState();

        Result<RunState> read = RunStateCodec.read(RunStateCodec.write(state));

        assertThat(read.issues()).isEmpty();
        assertThat(read.value()).isEqualTo(state);
    }

    @Test
    void readWrite_roundTripsThroughYamlText() {
        RunState state = pipelineRunState();
        String yaml = YamlWriter.write(RunStateCodec.write(state));

        Node parsed = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("run.yaml", yaml)
                .documents().get(0).content();

        assertThat(RunStateCodec.read((MapNode) parsed).value()).isEqualTo(state);
    }

    @Test
    void write_givesATektonShapedStatus() {
        MapNode written = RunStateCodec.write(pipelineRunState());

        assertThat(written.at(FieldPath.of("status").key("conditions").index(0).key("type")))
                .contains(Node.of("Succeeded"));
        assertThat(written.at(FieldPath.of("status").key("conditions").index(0).key("reason")))
                .contains(Node.of("Running"));
        assertThat(written.at(FieldPath.of("status").key("startTime"))).contains(Node.of("2024-05-01T10:00:00Z"));
        assertThat(written.at(FieldPath.of("status").key("childReferences").index(1)))
                .contains(MapNode.of("apiVersion", "tekton.dev/v1", "kind", "TaskRun", "name", "build-x7k2p-test-0",
                        "pipelineTaskName", "test"));
        assertThat(written.at(FieldPath.of("status").key("results").index(0)))
                .contains(MapNode.of("name", "commit", "value", "abc123\n"));
        assertThat(written.at(FieldPath.of("status").key("skippedTasks").index(0).key("reason")))
                .contains(Node.of("When Expressions evaluated to false"));
        assertThat(written.at(FieldPath.of("spec", "pipelineRef", "name"))).contains(Node.of("build"));
    }

    @Test
    void write_taskRunHasTypedResultsAndStepsButNoChildReferences() {
        ChildRun only = new ChildRun("unit", "", false, Optional.empty(),
                new Condition("True", "Succeeded", "All Steps have completed executing"), Optional.of(T0),
                Optional.of(T1), Map.of(), List.of(new StepOutcome("test", "maven", 0, "Completed", Optional.of(T0),
                        Optional.of(T1))), List.of());
        RunState state = new RunState(run("TaskRun"), only.condition(), Optional.of(T0), Optional.of(T1),
                List.of(only), List.of(), Map.of("count", ParamValue.of("3")));

        MapNode written = RunStateCodec.write(state);

        assertThat(written.at(FieldPath.of("status", "childReferences"))).isEmpty();
        assertThat(written.at(FieldPath.of("status").key("results").index(0).key("type"))).contains(Node.of("string"));
        assertThat(written.at(FieldPath.of("status").key("steps").index(0).key("container")))
                .contains(Node.of("step-test"));
        assertThat(RunStateCodec.read(written).value()).isEqualTo(state);
    }

    @Test
    void read_replacesASubmittedStatusAndKeepsTheObject() {
        RunState state = pipelineRunState();
        MapNode submittedWithStatus = state.object().content().with("status", MapNode.of("podName", "x"));
        RunState withStatus = new RunState(KubeObject.of(submittedWithStatus), state.condition(), state.started(),
                state.finished(), state.children(), state.skipped(), state.results());

        RunState read = RunStateCodec.read(RunStateCodec.write(withStatus)).value();

        assertThat(read.object()).isEqualTo(state.object());
        assertThat(read.name()).isEqualTo("build-x7k2p");
    }

    @Test
    void read_withoutStatus_isAnUnknownFreshRun() {
        Result<RunState> read = RunStateCodec.read(run("PipelineRun").content());

        assertThat(read.issues()).isEmpty();
        assertThat(read.value().condition().isDone()).isFalse();
        assertThat(read.value().children()).isEmpty();
    }

    @Test
    void read_badTime_isAnIssueNamingTheField() {
        MapNode broken = run("PipelineRun").content().with("status", MapNode.of("startTime", "yesterday"));

        Result<RunState> read = RunStateCodec.read(broken);

        assertThat(read.hasErrors()).isTrue();
        assertThat(read.errors().get(0).message()).contains("status.startTime").contains("\"yesterday\"");
        assertThat(read.value().started()).isEmpty();
    }
}
