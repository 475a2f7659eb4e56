package dev.windlass.controller.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.windlass.controller.pipelines.KubeletStatus.report;
import static dev.windlass.controller.pipelines.KubeletStatus.result;
import static dev.windlass.controller.pipelines.KubeletStatus.terminated;
import static org.awaitility.Awaitility.await;

import dev.windlass.engine.tracking.Tracking;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.OnError;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.ResultSpec;
import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.model.StepAction;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.TektonReader;
import dev.windlass.pipelines.model.WorkspaceBinding;
import dev.windlass.pipelines.model.WorkspaceDeclaration;
import dev.windlass.pipelines.model.WorkspaceSource;
import dev.windlass.pipelines.run.Cancellation;
import dev.windlass.pipelines.run.ObjectLookup;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.StepOutcome;
import dev.windlass.pipelines.run.TaskRunOutcome;
import dev.windlass.pipelines.run.TaskRunRequest;
import dev.windlass.pipelines.subst.TaskContext;
import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * The cluster executor on the sandbox. The sandbox's kubelet would place a bare Pod and leave it
 * Running forever (it completes only Job pods, and knows nothing of init containers), so its
 * workload controllers are off and each test plays kubelet: it writes the Pod status a real
 * kubelet would write (init container states, the report container's termination message, phase).
 */
@WithSandbox(controllers = false)
@Timeout(30)
class ClusterTaskExecutorTest {

    private static final GroupVersionKind POD = GroupVersionKind.of("v1", "Pod");
    private static final GroupVersionKind CLAIM = GroupVersionKind.of("v1", "PersistentVolumeClaim");

    private static KubeCluster cluster;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private String namespace;
    private ClusterTaskExecutor executor;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<String> notes = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void connect(KubernetesClient client) {
        cluster = KubeCluster.connect(client, Tracking.DEFAULT);
    }

    @AfterAll
    static void disconnect() {
        cluster.close();
    }

    @BeforeEach
    void start(KubernetesClient client, TestInfo test) {
        namespace = SandboxExtension.namespace(client, test.getTestMethod().orElseThrow().getName());
        executor = ClusterTaskExecutor.on(cluster).withPreparation(SpecPreparation.AS_GIVEN)
                .withPollInterval(Duration.ofMillis(20)).withClock(clock);
    }

    @Test
    void execute_createsThePod_andReturnsWhatTheKubeletReports() throws Exception {
        TaskSpec spec = task(List.of(step("build", "golang", List.of("make"), OnError.STOP_AND_FAIL),
                step("lint", "golang", List.of("lint"), OnError.CONTINUE)), List.of());
        CompletableFuture<TaskRunOutcome> run = run(request("build-run", spec, List.of(), Optional.empty()));
        KubeObject pod = awaitPod("build-run-pod");

        assertThat(names(pod, "initContainers")).containsExactly("place-scripts", "step-build", "step-lint");
        assertThat(names(pod, "containers")).containsExactly("report");
        assertThat(pod.labels()).containsEntry("tekton.dev/taskRun", "build-run");
        writeStatus(pod, "Succeeded", terminated("step-build", 0) + terminated("step-lint", 0),
                report("exit step-lint 1\n" + result("digest", "sha256:1") + result("tags", "[\"a\",\"b\"]")));

        TaskRunOutcome outcome = run.get(20, TimeUnit.SECONDS);
        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(outcome.condition().reason()).isEqualTo("Succeeded");
        assertThat(outcome.steps()).extracting(StepOutcome::name, StepOutcome::exitCode, StepOutcome::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("build", 0, "Completed"),
                        org.assertj.core.groups.Tuple.tuple("lint", 1, "Continued"));
        assertThat(outcome.results()).containsEntry("digest", ParamValue.of("sha256:1"))
                .containsEntry("tags", ParamValue.of(List.of("a", "b")));
        assertThat(notes).singleElement().asString().contains("build-run-pod").contains("kubectl logs");
    }

    @Test
    void execute_substitutesTheTaskWithTheClusterLayout() throws Exception {
        TaskSpec spec = TektonReader.task(KubeObject.of(yaml("apiVersion: tekton.dev/v1\nkind: Task\n"
                + "metadata: {name: greet}\nspec:\n  params:\n  - {name: who, default: world}\n"
                + "  workspaces:\n  - name: source\n  results:\n  - name: out\n  steps:\n  - name: hello\n"
                + "    image: alpine\n    workingDir: $(workspaces.source.path)\n"
                + "    script: echo $(params.who) $(context.taskRun.name) > $(results.out.path)\n"))).value().spec();
        WorkspaceBinding source = new WorkspaceBinding("source", "", WorkspaceSource.EMPTY_DIR, "",
                yaml("emptyDir: {}"));
        ClusterTaskExecutor substituting = ClusterTaskExecutor.on(cluster).withPollInterval(Duration.ofMillis(20))
                .withClock(clock);

        CompletableFuture<TaskRunOutcome> run = CompletableFuture.supplyAsync(() -> substituting.execute(
                request("greet-run", spec, List.of(source), Optional.empty()), RunListener.NONE, cancelled::get));
        KubeObject pod = awaitPod("greet-run-pod");

        MapNode placeScripts = (MapNode) pod.field(FieldPath.of("spec", "initContainers").index(0)).orElseThrow();
        String encoded = placeScripts.getList("env").orElseThrow().items().get(0).asMap().orElseThrow()
                .getText("value").orElseThrow();
        assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
                .isEqualTo("#!/bin/sh\nset -e\necho world greet-run > /tekton/results/out");
        assertThat(pod.field(FieldPath.of("spec", "initContainers").index(1).key("workingDir")))
                .contains(Node.of("/workspace/source"));
        writeStatus(pod, "Succeeded", terminated("step-hello", 0), report(result("out", "world greet-run\n")));
        assertThat(run.get(20, TimeUnit.SECONDS).results()).containsEntry("out", ParamValue.of("world greet-run\n"));
    }

    @Test
    void execute_inliningStepActions_runsTheStepActionsImageAndScript() throws Exception {
        StepAction action = TektonReader.stepAction(KubeObject.of(yaml("apiVersion: tekton.dev/v1beta1\n"
                + "kind: StepAction\nmetadata: {name: greet}\nspec:\n  params:\n  - {name: who, default: you}\n"
                + "  image: alpine:3\n  script: echo hi $(params.who)\n"))).value();
        TaskSpec spec = TektonReader.task(KubeObject.of(yaml("apiVersion: tekton.dev/v1\nkind: Task\n"
                + "metadata: {name: t}\nspec:\n  steps:\n  - name: hello\n    ref: {name: greet}\n"
                + "    params:\n    - {name: who, value: there}\n"))).value().spec();
        ClusterTaskExecutor inlining = ClusterTaskExecutor.on(cluster).withPollInterval(Duration.ofMillis(20))
                .withClock(clock).withPreparation(SpecPreparation.inliningStepActions(
                        name -> name.equals("greet") ? Optional.of(action) : Optional.empty()));

        CompletableFuture<TaskRunOutcome> run = CompletableFuture.supplyAsync(() -> inlining.execute(
                request("ref-run", spec, List.of(), Optional.empty()), RunListener.NONE, cancelled::get));
        KubeObject pod = awaitPod("ref-run-pod");

        assertThat(pod.field(FieldPath.of("spec", "initContainers").index(1).key("image")))
                .contains(Node.of("alpine:3"));
        MapNode placeScripts = (MapNode) pod.field(FieldPath.of("spec", "initContainers").index(0)).orElseThrow();
        String encoded = placeScripts.getList("env").orElseThrow().items().get(0).asMap().orElseThrow()
                .getText("value").orElseThrow();
        assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8)).endsWith("echo hi there");
        cancelled.set(true);
        assertThat(run.get(20, TimeUnit.SECONDS).condition().reason()).isEqualTo("TaskRunCancelled");
    }

    @Test
    void execute_failingStep_failsTheRunAndSkipsLaterSteps() throws Exception {
        TaskSpec spec = task(List.of(step("build", "golang", List.of("make"), OnError.STOP_AND_FAIL),
                step("push", "crane", List.of("push"), OnError.STOP_AND_FAIL)), List.of());
        CompletableFuture<TaskRunOutcome> run = run(request("fail-run", spec, List.of(), Optional.empty()));
        KubeObject pod = awaitPod("fail-run-pod");

        writeStatus(pod, "Failed", terminated("step-build", 2), "");

        TaskRunOutcome outcome = run.get(20, TimeUnit.SECONDS);
        assertThat(outcome.condition().reason()).isEqualTo("Failed");
        assertThat(outcome.condition().message()).contains("\"step-build\" exited with code 2");
        assertThat(outcome.steps()).extracting(StepOutcome::reason).containsExactly("Error", "Skipped");
        assertThat(outcome.results()).isEmpty();
    }

    @Test
    void execute_cancelled_deletesThePod() throws Exception {
        TaskSpec spec = task(List.of(step("sleep", "alpine", List.of("sleep", "3600"), OnError.STOP_AND_FAIL)),
                List.of());
        CompletableFuture<TaskRunOutcome> run = run(request("cancel-run", spec, List.of(), Optional.empty()));
        awaitPod("cancel-run-pod");

        cancelled.set(true);

        TaskRunOutcome outcome = run.get(20, TimeUnit.SECONDS);
        assertThat(outcome.condition().reason()).isEqualTo("TaskRunCancelled");
        assertThat(outcome.condition().message()).isEqualTo("TaskRun \"cancel-run\" was cancelled. ");
        assertThat(outcome.steps()).extracting(StepOutcome::reason).containsExactly("Cancelled");
        await().atMost(Duration.ofSeconds(10)).until(() -> gone("cancel-run-pod"));
    }

    @Test
    void execute_timeout_deletesThePodAndEndsTheRunTaskRunTimeout() throws Exception {
        TaskSpec spec = task(List.of(step("sleep", "alpine", List.of("sleep", "3600"), OnError.STOP_AND_FAIL)),
                List.of());
        CompletableFuture<TaskRunOutcome> run = run(request("slow-run", spec, List.of(),
                Optional.of(Duration.ofMinutes(1))));
        KubeObject pod = awaitPod("slow-run-pod");
        assertThat(pod.field(FieldPath.of("spec", "activeDeadlineSeconds"))).contains(Node.of(90));

        clock.advance(Duration.ofMinutes(1));

        TaskRunOutcome outcome = run.get(20, TimeUnit.SECONDS);
        assertThat(outcome.condition().reason()).isEqualTo("TaskRunTimeout");
        assertThat(outcome.condition().message()).isEqualTo("TaskRun \"slow-run\" failed to finish within \"1m0s\"");
        assertThat(outcome.steps()).extracting(StepOutcome::reason).containsExactly("TimeoutExceeded");
        await().atMost(Duration.ofSeconds(10)).until(() -> gone("slow-run-pod"));
    }

    @Test
    void execute_stepPastItsTimeout_deletesThePodAndFailsTheRun() throws Exception {
        Step plain = step("build", "golang", List.of("make"), OnError.STOP_AND_FAIL);
        Step limited = new Step(plain.name(), plain.image(), plain.command(), List.of(), "", "", List.of(),
                OnError.STOP_AND_FAIL, Optional.of(Duration.ofSeconds(30)), Optional.empty(), List.of(), List.of(),
                plain.container());
        CompletableFuture<TaskRunOutcome> run = run(request("step-slow-run", task(List.of(limited), List.of()),
                List.of(), Optional.empty()));
        KubeObject pod = awaitPod("step-slow-run-pod");
        writeStatus(pod, "Pending", "- name: step-build\n  state:\n    running:\n      startedAt: '"
                + clock.instant() + "'\n", "");

        clock.advance(Duration.ofSeconds(30));

        TaskRunOutcome outcome = run.get(20, TimeUnit.SECONDS);
        assertThat(outcome.condition().reason()).isEqualTo("Failed");
        assertThat(outcome.condition().message())
                .isEqualTo("\"step-build\" exited because the step exceeded the specified timeout limit");
        assertThat(outcome.steps()).extracting(StepOutcome::reason).containsExactly("TimeoutExceeded");
        await().atMost(Duration.ofSeconds(10)).until(() -> gone("step-slow-run-pod"));
    }

    @Test
    void execute_imagePullBackOff_failsTheRunAndDeletesThePod() throws Exception {
        TaskSpec spec = task(List.of(step("build", "no/such:image", List.of("make"), OnError.STOP_AND_FAIL)),
                List.of());
        CompletableFuture<TaskRunOutcome> run = run(request("pull-run", spec, List.of(), Optional.empty()));
        KubeObject pod = awaitPod("pull-run-pod");

        writeStatus(pod, "Pending", "- name: step-build\n  image: no/such:image\n  state:\n    waiting:\n"
                + "      reason: ImagePullBackOff\n      message: pull access denied\n", "");

        TaskRunOutcome outcome = run.get(20, TimeUnit.SECONDS);
        assertThat(outcome.condition().reason()).isEqualTo("TaskRunImagePullFailed");
        assertThat(outcome.condition().message()).contains("no/such:image").contains("pull access denied");
        await().atMost(Duration.ofSeconds(10)).until(() -> gone("pull-run-pod"));
    }

    @Test
    void execute_volumeClaimTemplate_createsTheClaimAndMountsIt() throws Exception {
        TaskSpec spec = task(List.of(step("build", "golang", List.of("make"), OnError.STOP_AND_FAIL)),
                List.of(new WorkspaceDeclaration("source", "", "", false, false)));
        WorkspaceBinding binding = new WorkspaceBinding("source", "", WorkspaceSource.VOLUME_CLAIM_TEMPLATE, "",
                yaml("volumeClaimTemplate:\n  spec:\n    accessModes: [ReadWriteOnce]\n"
                        + "    resources: {requests: {storage: 1Gi}}\n"));
        CompletableFuture<TaskRunOutcome> run = run(request("pvc-run", spec, List.of(binding), Optional.empty()));
        KubeObject pod = awaitPod("pvc-run-pod");

        List<KubeObject> claims = cluster.list(CLAIM, namespace);
        assertThat(claims).singleElement().satisfies(claim -> {
            assertThat(claim.name()).startsWith("pvc-");
            assertThat(claim.field(FieldPath.of("spec", "resources", "requests", "storage"))).contains(Node.of("1Gi"));
        });
        assertThat(pod.field(FieldPath.of("spec", "volumes"))).get().asString()
                .contains("claimName=" + claims.get(0).name());
        writeStatus(pod, "Succeeded", terminated("step-build", 0), report(""));
        assertThat(run.get(20, TimeUnit.SECONDS).condition().isSucceeded()).isTrue();
    }

    @Test
    void execute_unboundWorkspace_failsWithoutCreatingAPod() throws Exception {
        TaskSpec spec = task(List.of(step("build", "golang", List.of("make"), OnError.STOP_AND_FAIL)),
                List.of(new WorkspaceDeclaration("source", "", "", false, false)));

        TaskRunOutcome outcome = run(request("bad-run", spec, List.of(), Optional.empty())).get(20, TimeUnit.SECONDS);

        assertThat(outcome.condition().reason()).isEqualTo("TaskRunValidationFailed");
        assertThat(outcome.condition().message()).contains("\"source\"");
        assertThat(cluster.list(POD, namespace)).isEmpty();
    }

    @Test
    void execute_existingPodOfTheSameRun_isFollowedNotRecreated() throws Exception {
        TaskSpec spec = task(List.of(step("build", "golang", List.of("make"), OnError.STOP_AND_FAIL)), List.of());
        CompletableFuture<TaskRunOutcome> first = run(request("again-run", spec, List.of(), Optional.empty()));
        KubeObject pod = awaitPod("again-run-pod");
        writeStatus(pod, "Succeeded", terminated("step-build", 0), report(""));
        first.get(20, TimeUnit.SECONDS);

        TaskRunOutcome second = run(request("again-run", spec, List.of(), Optional.empty())).get(20, TimeUnit.SECONDS);

        assertThat(second.condition().isSucceeded()).isTrue();
        assertThat(cluster.get(POD, namespace, "again-run-pod").orElseThrow().metadata().getText("uid"))
                .isEqualTo(pod.metadata().getText("uid"));
    }

    private CompletableFuture<TaskRunOutcome> run(TaskRunRequest request) {
        RunListener listener = new RunListener() {
            @Override
            public void note(String message) {
                notes.add(message);
            }
        };
        Cancellation cancellation = cancelled::get;
        return CompletableFuture.supplyAsync(() -> executor.execute(request, listener, cancellation));
    }

    private TaskRunRequest request(String name, TaskSpec spec, List<WorkspaceBinding> workspaces,
            Optional<Duration> timeout) {
        KubeObject owner = KubeObject.of(yaml("apiVersion: tekton.dev/v1\nkind: TaskRun\nmetadata:\n  name: " + name
                + "\n  namespace: " + namespace + "\n  uid: uid-" + name + "\n"));
        TaskContext.RunNames names = new TaskContext.RunNames(name, namespace, "uid-" + name, "build", "", "", "",
                "", "");
        return new TaskRunRequest(name, namespace, spec, List.of(), workspaces, timeout, names, 0, Map.of(), owner,
                ObjectLookup.NONE);
    }

    private static TaskSpec task(List<Step> steps, List<WorkspaceDeclaration> workspaces) {
        return new TaskSpec("", "", List.of(), List.of(ResultSpec.string("digest"),
                new ResultSpec("tags", ParamType.ARRAY, "", Map.of(), Optional.empty())), workspaces, steps, List.of(),
                Optional.empty(), List.of(), MapNode.empty());
    }

    private static Step step(String name, String image, List<String> command, OnError onError) {
        MapNode container = MapNode.of("name", name, "image", image)
                .with("command", Node.list(command.stream().map(Node::of).toList()));
        return new Step(name, image, command, List.of(), "", "", List.of(), onError, Optional.empty(),
                Optional.empty(), List.of(), List.of(), container);
    }

    private KubeObject awaitPod(String name) throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> cluster.get(POD, namespace, name).isPresent());
        return cluster.get(POD, namespace, name).orElseThrow();
    }

    private boolean gone(String name) throws Exception {
        return cluster.get(POD, namespace, name)
                .map(p -> p.metadata().containsKey("deletionTimestamp")).orElse(true);
    }

    /** Writes the status a kubelet would, on the live Pod (fresh resourceVersion). */
    private void writeStatus(KubeObject pod, String phase, String initStatuses, String statuses) throws Exception {
        String status = "phase: " + phase + "\nstartTime: '2026-01-01T00:00:00Z'\n"
                + (initStatuses.isEmpty() ? "" : "initContainerStatuses:\n" + initStatuses)
                + (statuses.isEmpty() ? "" : "containerStatuses:\n" + statuses);
        KubeObject live = cluster.get(POD, pod.namespace(), pod.name()).orElseThrow();
        cluster.updateStatus(live.withContent(live.content().with("status", yaml(status))));
    }




    private static List<String> names(KubeObject pod, String list) {
        List<String> names = new ArrayList<>();
        pod.field(FieldPath.of("spec", list)).flatMap(Node::asList).orElse(ListNode.empty()).items()
                .forEach(n -> names.add(((MapNode) n).getText("name").orElseThrow()));
        return names;
    }

    private static MapNode yaml(String text) {
        return (MapNode) YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("test.yaml", text)
                .documents().get(0).content();
    }
}
