package dev.windlass.pipelines.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.dag.Dag;
import dev.windlass.pipelines.dag.SkipReasons;
import dev.windlass.pipelines.dag.Tasks;
import dev.windlass.pipelines.model.Matrix;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.PipelineSpec;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.RunSpecStatus;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.Timeouts;
import dev.windlass.pipelines.model.WorkspaceBinding;
import dev.windlass.pipelines.model.WorkspaceSource;
import dev.windlass.pipelines.subst.PipelineContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class RunLoopTest {

    static final TaskSpec SPEC = new TaskSpec("", "", List.of(), List.of(), List.of(), List.of(), List.of(),
            Optional.empty(), List.of(), MapNode.empty());
    static final KubeObject PR = KubeObject.of(MapNode.of("apiVersion", "tekton.dev/v1", "kind", "PipelineRun",
            "metadata", MapNode.of("name", "pr", "namespace", "ns")));

    private final MutableClock clock = new MutableClock();
    private final FakeExecutor executor = new FakeExecutor(clock);
    private final MemoryRunStore store = new MemoryRunStore();
    private final List<RunState> changes = Collections.synchronizedList(new ArrayList<>());
    private int parallelism = 4;

    @Test
    void run_startsTasksInDependencyOrder() {
        RunState end = run(prepared(List.of(t("c").after("b").build(), t("b").after("a").build(), t("a").build()),
                List.of()));

        assertThat(executor.started()).containsExactly("pr-a", "pr-b", "pr-c");
        assertThat(end.condition()).isEqualTo(new Condition("True", "Succeeded",
                "Tasks Completed: 3 (Failed: 0, Cancelled 0), Skipped: 0"));
        assertThat(end.finished()).isPresent();
        assertThat(executor.requests().get(0).labels()).containsEntry("tekton.dev/pipelineRun", "pr")
                .containsEntry("tekton.dev/pipelineTask", "a").containsEntry("tekton.dev/pipeline", "build");
        assertThat(executor.requests().get(0).names().pipelineRunName()).isEqualTo("pr");
    }

    @Test
    void run_parallelBranchesRunAtTheSameTime() {
        CountDownLatch both = new CountDownLatch(2);
        FakeExecutor.Behaviour meet = (request, cancellation) -> {
            both.countDown();
            try {
                return both.await(10, TimeUnit.SECONDS) ? executor.succeeded(Map.of()) : executor.failed();
            } catch (InterruptedException e) {
                return executor.failed();
            }
        };
        executor.on("left", meet).on("right", meet);

        RunState end = run(prepared(List.of(t("left").build(), t("right").build(),
                t("join").after("left", "right").build()), List.of()));

        assertThat(end.condition().reason()).isEqualTo("Succeeded");
        assertThat(executor.started()).endsWith("pr-join");
    }

    @Test
    void run_parallelismCapsRunningTaskRuns() {
        parallelism = 2;
        RunState end = run(prepared(List.of(t("a").build(), t("b").build(), t("c").build(), t("d").build(),
                t("e").build()), List.of()));

        assertThat(end.condition().isSucceeded()).isTrue();
        assertThat(executor.maxRunning()).isLessThanOrEqualTo(2);
        assertThat(executor.started()).hasSize(5);
    }

    @Test
    void run_failureSkipsDependentsAndRunsFinally() {
        executor.on("build", (r, c) -> executor.failed());

        RunState end = run(prepared(List.of(t("build").build(), t("deploy").after("build").build()),
                List.of(t("notify").build())));

        assertThat(executor.started()).containsExactly("pr-build", "pr-notify");
        assertThat(end.skipped()).containsExactly(new SkippedTask("deploy", SkipReasons.STOPPING));
        assertThat(end.condition()).isEqualTo(new Condition("False", "Failed",
                "Tasks Completed: 2 (Failed: 1, Cancelled 0), Skipped: 1"));
        assertThat(end.children()).filteredOn(ChildRun::isFinally).extracting(ChildRun::taskRunName)
                .containsExactly("pr-notify");
    }

    @Test
    void run_whenFalseSkipsTheTaskButNotItsDependents() {
        RunState end = run(prepared(List.of(t("gate").when(Tasks.in("dev", "main")).build(),
                t("after").after("gate").build()), List.of()));

        assertThat(executor.started()).containsExactly("pr-after");
        assertThat(end.skipped()).containsExactly(new SkippedTask("gate", SkipReasons.WHEN_FALSE));
        assertThat(end.condition().reason()).isEqualTo("Completed");
    }

    @Test
    void run_retriesAFailedTaskAndRecordsEachAttempt() {
        AtomicInteger calls = new AtomicInteger();
        executor.on("flaky", (r, c) -> calls.incrementAndGet() < 3 ? executor.failed() : executor.succeeded(Map.of()));

        RunState end = run(prepared(List.of(t("flaky").retries(2).build()), List.of()));

        assertThat(end.condition().isSucceeded()).isTrue();
        assertThat(executor.requests()).extracting(TaskRunRequest::retryCount).containsExactly(0, 1, 2);
        assertThat(end.children()).singleElement().satisfies(child -> {
            assertThat(child.attempts()).hasSize(2).allMatch(a -> a.reason().equals("Failed"));
            assertThat(child.condition().isSucceeded()).isTrue();
        });
    }

    @Test
    void run_retriesRunOutThenTheTaskFails() {
        executor.on("flaky", (r, c) -> executor.failed());

        RunState end = run(prepared(List.of(t("flaky").retries(1).build()), List.of()));

        assertThat(executor.started()).containsExactly("pr-flaky", "pr-flaky");
        assertThat(end.condition().reason()).isEqualTo("Failed");
        assertThat(end.children().get(0).attempts()).hasSize(1);
    }

    @Test
    void run_taskTimeoutStopsTheTaskRun() {
        executor.on("slow", (r, c) -> {
            clock.advance(Duration.ofMinutes(2));
            return executor.awaitCancel(c);
        });

        RunState end = run(prepared(List.of(t("slow").timeout(Duration.ofMinutes(1)).build()), List.of()));

        assertThat(end.children().get(0).condition()).isEqualTo(new Condition("False", "TaskRunTimeout",
                "TaskRun \"pr-slow\" failed to finish within \"1m0s\""));
        assertThat(end.condition().reason()).isEqualTo("Failed");
    }

    @Test
    void run_pipelineTimeoutCancelsAndSkipsTheRest() {
        executor.on("slow", (r, c) -> {
            clock.advance(Duration.ofMinutes(11));
            return executor.awaitCancel(c);
        });
        PreparedRun prepared = prepared(List.of(t("slow").build(), t("next").after("slow").build()),
                List.of(t("cleanup").build()), new Timeouts(Optional.of(Duration.ofMinutes(10)), Optional.empty(),
                        Optional.empty()), RunSpecStatus.NONE, List.of());

        RunState end = run(prepared);

        assertThat(end.condition()).isEqualTo(new Condition("False", "PipelineRunTimeout",
                "PipelineRun \"pr\" failed to finish within \"10m0s\""));
        assertThat(end.skipped()).extracting(SkippedTask::name).containsExactly("next", "cleanup");
        assertThat(end.skipped()).extracting(SkippedTask::reason).containsOnly(SkipReasons.PIPELINE_TIMEOUT);
    }

    @Test
    void run_cancelRequestedThroughTheStore() {
        executor.on("long", (r, c) -> {
            store.requestCancel("ns", "pr");
            return executor.awaitCancel(c);
        });

        RunState end = run(prepared(List.of(t("long").build(), t("next").after("long").build()),
                List.of(t("cleanup").build())));

        assertThat(end.condition()).isEqualTo(new Condition("False", "Cancelled", "PipelineRun \"pr\" was cancelled"));
        assertThat(end.children()).singleElement().extracting(c -> c.condition().reason()).isEqualTo("TaskRunCancelled");
        assertThat(executor.started()).containsExactly("pr-long");
    }

    @Test
    void run_cancelledRunFinallyStillRunsFinally() {
        PreparedRun prepared = prepared(List.of(t("a").build()), List.of(t("cleanup").build()), Timeouts.none(),
                RunSpecStatus.CANCELLED_RUN_FINALLY, List.of());

        RunState end = run(prepared);

        assertThat(executor.started()).containsExactly("pr-cleanup");
        assertThat(end.skipped()).containsExactly(new SkippedTask("a", SkipReasons.GRACEFULLY_CANCELLED));
        assertThat(end.condition().reason()).isEqualTo("Cancelled");
    }

    @Test
    void run_resumesAfterACrashWithoutRerunningFinishedTasks() {
        PreparedRun prepared = prepared(List.of(t("a").build(), t("b").after("a").build(), t("c").after("b").build()),
                List.of());
        ChildRun doneA = new ChildRun("pr-a", "a", false, Optional.empty(), new Condition("True", "Succeeded", ""),
                Optional.of(clock.instant()), Optional.of(clock.instant()), Map.of(), List.of(), List.of());
        ChildRun runningB = new ChildRun("pr-b", "b", false, Optional.empty(), Condition.running(),
                Optional.of(clock.instant()), Optional.empty(), Map.of(), List.of(), List.of());
        RunState saved = new RunState(PR, Condition.running(), Optional.of(clock.instant()), Optional.empty(),
                List.of(doneA, runningB), List.of(), Map.of());

        RunState end = new RunLoop(prepared, services(), saved).run();

        assertThat(executor.started()).containsExactly("pr-b", "pr-c");
        assertThat(FakeExecutor.names(end.children())).containsExactly("pr-a", "pr-b", "pr-c");
        assertThat(end.condition().reason()).isEqualTo("Succeeded");
    }

    @Test
    void run_savesTheStateAfterEveryChange() {
        RunState end = run(prepared(List.of(t("a").build(), t("b").after("a").build()), List.of()));

        assertThat(store.load("ns", "pr")).contains(end);
        assertThat(changes).last().isEqualTo(end);
        assertThat(changes).anySatisfy(s -> assertThat(FakeExecutor.names(s.children())).containsExactly("pr-a"));
        assertThat(changes).anySatisfy(s -> {
            assertThat(s.children()).hasSize(2);
            assertThat(s.children().get(1).condition().isDone()).isFalse();
        });
    }

    @Test
    void run_matrixFansOutIntoIndexedTaskRuns() {
        Matrix matrix = new Matrix(List.of(new Param("os", ParamValue.of(List.of("linux", "mac"))),
                new Param("arch", ParamValue.of(List.of("amd64", "arm64")))), List.of());

        RunState end = run(prepared(List.of(t("test").param("go", "1.22").matrix(matrix).build()), List.of()));

        assertThat(executor.started()).containsExactlyInAnyOrder("pr-test-0", "pr-test-1", "pr-test-2", "pr-test-3");
        TaskRunRequest first = executor.requests().stream().filter(r -> r.taskRunName().equals("pr-test-0"))
                .findFirst().orElseThrow();
        assertThat(first.params()).containsExactly(new Param("go", ParamValue.of("1.22")),
                new Param("os", ParamValue.of("linux")), new Param("arch", ParamValue.of("amd64")));
        assertThat(end.children()).extracting(c -> c.matrixIndex().orElse(-1)).containsExactly(0, 1, 2, 3);
        assertThat(end.condition().message()).startsWith("Tasks Completed: 1 ");
    }

    @Test
    void run_matrixResultsAggregateIntoArrays() {
        Matrix matrix = new Matrix(List.of(new Param("os", ParamValue.of(List.of("linux", "mac")))), List.of());
        executor.on("build", (r, c) -> executor.succeeded(Map.of("image",
                ParamValue.of("img-" + ((ParamValue.Str) r.params().get(0).value()).value()))));

        RunState end = run(prepared(List.of(t("build").matrix(matrix).build()), List.of()));

        assertThat(ChildStatuses.results(end.children()))
                .containsEntry("build", Map.of("image", ParamValue.of(List.of("img-linux", "img-mac"))));
    }

    @Test
    void run_matrixOverTheCapFailsTheRunNamingTheTask() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            many.add("v" + i);
        }
        Matrix matrix = new Matrix(List.of(new Param("a", ParamValue.of(many)), new Param("b", ParamValue.of(many))),
                List.of());

        RunState end = run(prepared(List.of(t("wide").matrix(matrix).build()), List.of()));

        assertThat(executor.started()).isEmpty();
        assertThat(end.condition().reason()).isEqualTo("PipelineValidationFailed");
        assertThat(end.condition().message()).contains("\"wide\"").contains("289");
    }

    @Test
    void run_mapsPipelineWorkspacesOntoTaskWorkspaces() {
        List<WorkspaceBinding> bound = List.of(
                new WorkspaceBinding("shared", "", WorkspaceSource.VOLUME_CLAIM_TEMPLATE, "", MapNode.empty()),
                new WorkspaceBinding("cache", "base", WorkspaceSource.PERSISTENT_VOLUME_CLAIM, "cache-pvc",
                        MapNode.empty()));
        PreparedRun prepared = prepared(List.of(t("a").workspace("source", "shared", "src")
                .workspace("deps", "cache", "npm").build(), t("b").workspace("output", "shared", "").build()),
                List.of(), Timeouts.none(), RunSpecStatus.NONE, bound);

        run(prepared);

        List<WorkspaceBinding> a = request("pr-a").workspaces();
        List<WorkspaceBinding> b = request("pr-b").workspaces();
        assertThat(a).extracting(WorkspaceBinding::name).containsExactly("source", "deps");
        assertThat(a.get(0).source()).isEqualTo(WorkspaceSource.PERSISTENT_VOLUME_CLAIM);
        assertThat(a.get(0).sourceName()).startsWith("pvc-").hasSize(14).isEqualTo(b.get(0).sourceName());
        assertThat(a.get(0).subPath()).isEqualTo("src");
        assertThat(a.get(1).subPath()).isEqualTo("base/npm");
        assertThat(a.get(1).sourceName()).isEqualTo("cache-pvc");
    }

    @Test
    void run_tasksTimeoutStopsTheGraphRunsFinallyThenTimesOut() {
        executor.on("slow", (r, c) -> {
            clock.advance(Duration.ofMinutes(6));
            return executor.awaitCancel(c);
        });
        PreparedRun prepared = prepared(List.of(t("slow").build(), t("next").after("slow").build()),
                List.of(t("cleanup").build()), new Timeouts(Optional.empty(), Optional.of(Duration.ofMinutes(5)),
                        Optional.empty()), RunSpecStatus.NONE, List.of());

        RunState end = run(prepared);

        assertThat(executor.started()).containsExactly("pr-slow", "pr-cleanup");
        assertThat(end.children().get(0).condition().reason()).isEqualTo("TaskRunTimeout");
        assertThat(end.skipped()).containsExactly(new SkippedTask("next", SkipReasons.STOPPING));
        assertThat(end.condition()).isEqualTo(new Condition("False", "PipelineRunTimeout",
                "PipelineRun \"pr\" failed due to tasks failed to finish within \"5m0s\""));
    }

    @Test
    void run_stoppedRunFinallySkipsWhatHasNotStartedAndRunsFinally() {
        PreparedRun prepared = prepared(List.of(t("a").build(), t("b").after("a").build()),
                List.of(t("cleanup").build()), Timeouts.none(), RunSpecStatus.STOPPED_RUN_FINALLY, List.of());

        RunState end = run(prepared);

        assertThat(executor.started()).containsExactly("pr-cleanup");
        assertThat(end.skipped()).extracting(SkippedTask::reason).containsOnly(SkipReasons.GRACEFULLY_STOPPED);
        assertThat(end.condition()).isEqualTo(new Condition("False", "Cancelled", "PipelineRun \"pr\" was cancelled"));
    }

    @Test
    void run_taskRunIsItsOwnOnlyChild() {
        KubeObject taskRun = KubeObject.of(MapNode.of("apiVersion", "tekton.dev/v1", "kind", "TaskRun",
                "metadata", MapNode.of("name", "hello-run", "namespace", "ns")));
        executor.on("hello-run", (r, c) -> executor.failed());
        PipelineSpec spec = Tasks.pipeline(List.of(Tasks.task("hello-run").spec(SPEC).retries(1).build()), List.of());
        PreparedRun prepared = new PreparedRun(taskRun, true, spec, Dag.build(spec).value(), Map.of(),
                Map.of("hello-run", "hello"), List.of(), Timeouts.none(), RunSpecStatus.NONE,
                new PipelineContext("", "ns", "", ""));
        RunState initial = new RunState(taskRun, Condition.running(), Optional.of(clock.instant()), Optional.empty(),
                List.of(), List.of(), Map.of());

        RunState end = new RunLoop(prepared, services(), initial).run();

        assertThat(executor.started()).containsExactly("hello-run", "hello-run");
        assertThat(executor.requests().get(0).labels()).containsEntry("tekton.dev/task", "hello")
                .containsEntry("tekton.dev/taskRun", "hello-run").doesNotContainKey("tekton.dev/pipelineRun");
        assertThat(end.condition()).isEqualTo(end.children().get(0).condition());
        assertThat(end.condition().reason()).isEqualTo("Failed");
    }

    private TaskRunRequest request(String name) {
        return executor.requests().stream().filter(r -> r.taskRunName().equals(name)).findFirst().orElseThrow();
    }

    private static Tasks t(String name) {
        return Tasks.task(name).spec(SPEC);
    }

    private PreparedRun prepared(List<PipelineTask> tasks, List<PipelineTask> finallyTasks) {
        return prepared(tasks, finallyTasks, Timeouts.none(), RunSpecStatus.NONE, List.of());
    }

    private PreparedRun prepared(List<PipelineTask> tasks, List<PipelineTask> finallyTasks, Timeouts timeouts,
            RunSpecStatus status, List<WorkspaceBinding> workspaces) {
        PipelineSpec spec = Tasks.pipeline(tasks, finallyTasks);
        Dag dag = Dag.build(spec).value();
        return new PreparedRun(PR, false, spec, dag, Map.of(), Map.of(), workspaces, timeouts, status,
                new PipelineContext("pr", "ns", "uid-1", "build"));
    }

    private RunState run(PreparedRun prepared) {
        RunState initial = new RunState(PR, Condition.running(), Optional.of(clock.instant()), Optional.empty(),
                List.of(), List.of(), Map.of());
        return new RunLoop(prepared, services(), initial).run();
    }

    private RunServices services() {
        RunListener listener = new RunListener() {
            @Override
            public void changed(RunState state) {
                changes.add(state);
            }
        };
        return new RunServices(executor, store, listener, ObjectLookup.NONE, clock, parallelism);
    }
}
