package dev.windlass.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code windlass pipeline run|list|logs|cancel} on real host processes, with a run store in a temporary home. */
class PipelineRunCommandTest {

    private static final String TASK = """
            apiVersion: tekton.dev/v1
            kind: Task
            metadata: {name: hello}
            spec:
              params:
              - {name: who, default: world}
              results:
              - {name: greeting}
              steps:
              - name: say
                image: mirror.gcr.io/alpine
                script: |
                  echo "hello $(params.who)"
                  printf 'hi %s' "$(params.who)" > $(results.greeting.path)
            """;

    private static final String PIPELINE = """
            apiVersion: tekton.dev/v1
            kind: Pipeline
            metadata: {name: greet}
            spec:
              params:
              - {name: who}
              tasks:
              - name: first
                taskRef: {name: hello}
                params: [{name: who, value: $(params.who)}]
              - name: second
                taskRef: {name: hello}
                params: [{name: who, value: "$(tasks.first.results.greeting)"}]
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String home() {
        return dir.resolve("home").toString();
    }

    @Test
    void run_streamsPrefixedLogsAndEndsWithTheSummaryLine() throws IOException {
        write("tasks.yaml", TASK + "---\n" + PIPELINE);
        Path run = write("run.yaml", """
                apiVersion: tekton.dev/v1
                kind: PipelineRun
                metadata: {name: greet-1}
                spec:
                  pipelineRef: {name: greet}
                  params: [{name: who, value: tekton}]
                """);

        PipelineCliRun r = PipelineCliRun.run("pipeline", "run", run.toString(), "-f", dir.resolve("tasks.yaml").toString(),
                "--home", home());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("[first : say] hello tekton\n", "[second : say] hello hi tekton\n");
        assertThat(r.lastLine()).matches("PipelineRun greet-1 Succeeded \\(2 tasks, [0-9.]+s\\)");
    }

    @Test
    void run_ofAFileWithOnlyAPipeline_startsItWithTheGivenParams() throws IOException {
        Path file = write("pipeline.yaml", TASK + "---\n" + PIPELINE);

        PipelineCliRun r = PipelineCliRun.run("pipeline", "run", file.toString(), "-p", "who=cli", "--home", home());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("[first : say] hello cli\n");
        assertThat(r.lastLine()).matches("PipelineRun greet-run-[a-z0-9]{5} Succeeded \\(2 tasks, [0-9.]+s\\)");
    }

    @Test
    void run_thatFails_exitsOneAndSaysWhichStepFailed() throws IOException {
        Path file = write("task.yaml", """
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata: {name: broken-1}
                spec:
                  taskSpec:
                    steps:
                    - {name: fail, image: alpine, script: "echo going down; exit 3"}
                    - {name: never, image: alpine, script: "echo never"}
                """);

        PipelineCliRun r = PipelineCliRun.run("pipeline", "run", file.toString(), "--home", home());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("[fail] going down").doesNotContain("never\n");
        assertThat(r.lastLine()).startsWith("TaskRun broken-1 StepFailed (").contains("\"step-fail\" exited with code 3");
    }

    @Test
    void run_withAnInvalidPipeline_namesTheFileAndFieldAndRunsNothing() throws IOException {
        Path file = write("bad.yaml", """
                apiVersion: tekton.dev/v1
                kind: Pipeline
                metadata: {name: bad}
                spec:
                  tasks:
                  - name: a
                    runAfter: [a]
                    taskSpec:
                      steps: [{name: s, image: alpine, script: "touch ran"}]
                """);

        PipelineCliRun r = PipelineCliRun.run("pipeline", "run", file.toString(), "--home", home());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err() + r.out()).contains("bad.yaml:6:5").contains("spec.tasks[0]").contains("cycle detected");
        assertThat(dir.resolve("ran")).doesNotExist();
    }

    @Test
    void run_bindsAWorkspaceToAHostDirectory() throws IOException {
        Path source = Files.createDirectories(dir.resolve("src"));
        Files.writeString(source.resolve("input.txt"), "from the host\n");
        Path file = write("taskrun.yaml", """
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata: {name: ws-1}
                spec:
                  taskSpec:
                    workspaces: [{name: source}]
                    steps:
                    - name: read
                      image: alpine
                      script: cat $(workspaces.source.path)/input.txt && echo done > $(workspaces.source.path)/out.txt
                """);

        PipelineCliRun r = PipelineCliRun.run("pipeline", "run", file.toString(), "-w", "source=" + source,
                "--home", home());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("[read] from the host");
        assertThat(source.resolve("out.txt")).hasContent("done");
    }

    @Test
    void listLogsAndCancel_readTheRunStore() throws IOException {
        write("tasks.yaml", TASK + "---\n" + PIPELINE);
        Path run = write("run.yaml", """
                apiVersion: tekton.dev/v1
                kind: PipelineRun
                metadata: {name: greet-2, namespace: ci}
                spec:
                  pipelineRef: {name: greet}
                  params: [{name: who, value: store}]
                """);
        assertThat(PipelineCliRun.run("pipeline", "run", run.toString(), "-f", dir.resolve("tasks.yaml").toString(),
                "-q", "--home", home()).exit()).isZero();

        PipelineCliRun list = PipelineCliRun.run("pipeline", "list", "--home", home());
        PipelineCliRun logs = PipelineCliRun.run("pipeline", "logs", "greet-2", "--home", home());
        PipelineCliRun cancel = PipelineCliRun.run("pipeline", "cancel", "greet-2", "--home", home());

        assertThat(list.out()).startsWith("NAME").contains("greet-2").contains("Succeeded");
        assertThat(logs.out()).isEqualTo("[first : say] hello store\n[second : say] hello hi store\n");
        assertThat(cancel.exit()).isEqualTo(1);
        assertThat(cancel.err()).contains("already ended Succeeded");
        assertThat(PipelineCliRun.run("pipeline", "logs", "nope", "--home", home()).err())
                .contains("no run nope in the run store");
    }

    @Test
    void run_ofAPendingRun_savesItAndStartsItOnceReleased() throws IOException {
        String pending = """
                apiVersion: tekton.dev/v1
                kind: PipelineRun
                metadata: {name: held-1}
                spec:
                  status: PipelineRunPending
                  pipelineSpec:
                    tasks:
                    - name: t
                      taskSpec:
                        steps: [{name: s, image: alpine, script: echo released}]
                """;
        Path file = write("held.yaml", pending);

        PipelineCliRun held = PipelineCliRun.run("pipeline", "run", file.toString(), "--home", home());
        String listed = PipelineCliRun.run("pipeline", "list", "--home", home()).out();
        write("held.yaml", pending.replace("  status: PipelineRunPending\n", ""));
        PipelineCliRun released = PipelineCliRun.run("pipeline", "run", file.toString(), "--home", home());

        assertThat(held.exit()).isEqualTo(1);
        assertThat(held.lastLine()).isEqualTo("PipelineRun held-1 is pending (spec.status: PipelineRunPending); "
                + "nothing ran: run it again without that status to start it");
        assertThat(listed).contains("held-1").contains("PipelineRunPending");
        assertThat(released.exit()).as(released.out() + released.err()).isZero();
        assertThat(released.out()).contains("[t : s] released");
    }

    @Test
    void run_withABadParamOption_isAUsageError() throws IOException {
        Path file = write("pipeline.yaml", TASK + "---\n" + PIPELINE);

        PipelineCliRun r = PipelineCliRun.run("pipeline", "run", file.toString(), "-p", "novalue", "--home", home());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--param novalue: expected NAME=VALUE");
    }
}
