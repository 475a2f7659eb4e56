package dev.windlass.pipelines.local;

import static dev.windlass.pipelines.local.Fixtures.executor;
import static dev.windlass.pipelines.local.Fixtures.request;
import static dev.windlass.pipelines.local.Fixtures.script;
import static dev.windlass.pipelines.local.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.pipelines.run.Cancellation;
import dev.windlass.pipelines.run.TaskRunOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Timeouts, cancellation, sidecars and streamed logs, with real processes. */
@Timeout(30)
class LocalControlTest {

    @TempDir
    Path root;

    private static List<String> reasons(TaskRunOutcome outcome) {
        return outcome.steps().stream().map(s -> s.name() + "=" + s.reason()).toList();
    }

    @Test
    void stepTimeout_killsTheStepAndFailsTheTask() {
        var spec = task(List.of(Fixtures.withTimeout(script("slow", "sleep 30"), Duration.ofMillis(200)),
                script("after", "echo never")));
        var listener = new Fixtures.Recorder();

        TaskRunOutcome outcome = executor(root).execute(request("tr-steptimeout", spec).build(), listener,
                Cancellation.NONE);

        assertThat(outcome.condition().reason()).isEqualTo("StepFailed");
        assertThat(outcome.condition().message())
                .isEqualTo("\"step-slow\" exited because the step exceeded the specified timeout limit");
        assertThat(reasons(outcome)).containsExactly("slow=TimeoutExceeded", "after=Skipped");
        // the killed shell may report the kill ("Killed") before it goes; the next step must not run
        assertThat(listener.lines()).noneMatch(line -> line.contains("never"));
    }

    @Test
    void taskTimeout_killsTheProcessTreeAndMarksTheRestTimedOut() {
        var spec = task(List.of(script("slow", "sleep 30 &\necho $! > /tekton/home/child\nwait"),
                script("after", "echo never")));

        TaskRunOutcome outcome = executor(root).execute(
                request("tr-timeout", spec).timeout(Duration.ofMillis(300)).build(), new Fixtures.Recorder(),
                Cancellation.NONE);

        assertThat(outcome.condition().reason()).isEqualTo("TaskRunTimeout");
        assertThat(outcome.condition().message()).isEqualTo("TaskRun \"tr-timeout\" failed to finish within \"300ms\"");
        assertThat(reasons(outcome)).containsExactly("slow=TaskRunTimeout", "after=TaskRunTimeout");
        long child = Long.parseLong(read(root.resolve("work/tr-timeout/home/child")).strip());
        assertThat(ended(child)).isTrue();
    }

    @Test
    void cancellation_stopsTheRunningStepAndSkipsTheRest() {
        AtomicBoolean cancelled = new AtomicBoolean();
        var listener = new Fixtures.Recorder() {
            @Override
            public void log(String taskRunName, String pipelineTask, String step, String line, boolean stderr) {
                super.log(taskRunName, pipelineTask, step, line, stderr);
                cancelled.set(true);
            }
        };
        var spec = task(List.of(script("wait", "echo started\nsleep 30"), script("after", "echo never")));

        TaskRunOutcome outcome = executor(root).execute(request("tr-cancel", spec).build(), listener, cancelled::get);

        assertThat(outcome.condition().reason()).isEqualTo("TaskRunCancelled");
        assertThat(outcome.condition().message()).isEqualTo("TaskRun \"tr-cancel\" was cancelled.");
        assertThat(reasons(outcome)).containsExactly("wait=TaskRunCancelled", "after=TaskRunCancelled");
        assertThat(listener.lines()).containsExactly("wait: started");
    }

    @Test
    void interrupt_killsTheStepAndEndsTheRunAsCancelled() throws Exception {
        var listener = new Fixtures.Recorder();
        var spec = task(List.of(script("wait", "echo $$ > /tekton/home/pid\necho started\nsleep 30"),
                script("after", "echo never")));
        TaskRunOutcome[] outcome = new TaskRunOutcome[1];
        Thread runner = new Thread(() -> outcome[0] = executor(root).execute(request("tr-interrupt", spec).build(),
                listener, Cancellation.NONE));
        runner.start();
        while (listener.lines().isEmpty()) {
            Thread.sleep(10);
        }
        runner.interrupt();
        runner.join();

        assertThat(outcome[0].condition().reason()).isEqualTo("TaskRunCancelled");
        assertThat(reasons(outcome[0])).containsExactly("wait=TaskRunCancelled", "after=TaskRunCancelled");
        assertThat(ended(Long.parseLong(read(root.resolve("work/tr-interrupt/home/pid")).strip()))).isTrue();
    }

    @Test
    void failingListener_doesNotStopTheStep() {
        var listener = new Fixtures.Recorder() {
            @Override
            public void log(String taskRunName, String pipelineTask, String step, String line, boolean stderr) {
                throw new IllegalStateException("disk full");
            }
        };
        var spec = task(List.of(script("chatty", "yes a-line-of-output | head -n 20000")));

        TaskRunOutcome outcome = executor(root).execute(request("tr-badlistener", spec)
                .timeout(Duration.ofSeconds(20)).build(), listener, Cancellation.NONE);

        assertThat(outcome.condition().isSucceeded()).isTrue();
    }

    @Test
    void logs_areStreamedWhileTheStepRuns() {
        Path go = root.resolve("go");
        var listener = new Fixtures.Recorder() {
            @Override
            public void log(String taskRunName, String pipelineTask, String step, String line, boolean stderr) {
                super.log(taskRunName, pipelineTask, step, line, stderr);
                if (line.equals("ready")) {
                    touch(go);
                }
            }
        };
        var spec = task(List.of(script("talk", "echo ready\nwhile [ ! -f '" + go + "' ]; do sleep 0.05; done\n"
                + "echo seen")));

        TaskRunOutcome outcome = executor(root).execute(request("tr-stream", spec).timeout(Duration.ofSeconds(20))
                .build(), listener, Cancellation.NONE);

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("talk: ready", "talk: seen");
    }

    @Test
    void sidecars_runAlongsideTheStepsAndAreStoppedAfter() {
        Path beat = root.resolve("beat");
        var sidecar = script("server", "echo $$ > '" + beat + ".tmp' && mv '" + beat + ".tmp' '" + beat
                + ".pid'\nwhile true; do date > '" + beat + "'; sleep 0.05; done");
        var step = script("client", "while [ ! -f '" + beat + "' ]; do sleep 0.05; done\necho served");
        var spec = new Fixtures.Task(List.of(step)).sidecars(sidecar).spec();
        var listener = new Fixtures.Recorder();

        TaskRunOutcome outcome = executor(root).execute(request("tr-sidecar", spec).timeout(Duration.ofSeconds(20))
                .build(), listener, Cancellation.NONE);

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).filteredOn(line -> line.startsWith("client:")).containsExactly("client: served");
        long pid = Long.parseLong(read(Path.of(beat + ".pid")).strip());
        assertThat(ended(pid)).isTrue();
    }

    /** Whether a process is gone or a zombie (a container's init may never reap it), waiting a little for the kill. */
    private static boolean ended(long pid) {
        for (int i = 0; i < 100; i++) {
            Path stat = Path.of("/proc/" + pid + "/stat");
            if (!Files.exists(stat) || read(stat).contains(") Z")) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void touch(Path path) {
        try {
            Files.writeString(path, "go");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
