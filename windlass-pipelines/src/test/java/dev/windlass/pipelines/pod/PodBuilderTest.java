package dev.windlass.pipelines.pod;

import static dev.windlass.pipelines.pod.PodFixtures.at;
import static dev.windlass.pipelines.pod.PodFixtures.binding;
import static dev.windlass.pipelines.pod.PodFixtures.request;
import static dev.windlass.pipelines.pod.PodFixtures.step;
import static dev.windlass.pipelines.pod.PodFixtures.task;
import static dev.windlass.pipelines.pod.PodFixtures.taskRun;
import static dev.windlass.pipelines.pod.PodFixtures.text;
import static dev.windlass.pipelines.pod.PodFixtures.workspace;
import static dev.windlass.pipelines.pod.PodFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.ResultSpec;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.WorkspaceSource;
import dev.windlass.pipelines.run.TaskRunRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Pod made for a TaskRun. Golden files under {@code src/test/resources/pod-golden}; run with
 * {@code -Dgolden.update=true} to rewrite them (then review the diff).
 */
class PodBuilderTest {

    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src", "test", "resources",
            "pod-golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @Test
    void build_scriptStep_matchesTheGoldenPod() throws IOException {
        TaskSpec spec = task(step("name: hello\nimage: alpine\nscript: echo hi > /tekton/results/greeting\n"));

        golden("script-step.yaml", build(request(spec), spec));
    }

    @Test
    void build_sidecarWorkspaceAndTimeout_matchesTheGoldenPod() throws IOException {
        TaskSpec spec = task(List.of(step("name: test\nimage: golang\ncommand: [go, test, ./...]\nonError: continue\n")),
                List.of(step("name: db\nimage: postgres\n")), List.of(workspace("source", "", false, false)),
                List.of(ResultSpec.string("digest")), Optional.empty());
        TaskRunRequest request = request(spec, List.of(binding("source", WorkspaceSource.PERSISTENT_VOLUME_CLAIM,
                "src", "repo", "persistentVolumeClaim:\n  claimName: src\n")), Optional.of(Duration.ofMinutes(10)),
                taskRun("build-run", "serviceAccountName: builder\n"));

        golden("sidecar-workspace-timeout.yaml", build(request, spec));
    }

    @Test
    void build_namesThePodAfterTheTaskRunAndLabelsItAsTektonDoes() {
        TaskSpec spec = task(step("name: a\nimage: alpine\n"));

        KubeObject pod = build(request(spec), spec);

        assertThat(pod.name()).isEqualTo("build-run-pod");
        assertThat(pod.namespace()).isEqualTo("ci");
        assertThat(pod.labels()).containsEntry("tekton.dev/taskRun", "build-run")
                .containsEntry("tekton.dev/task", "build").containsEntry("tekton.dev/taskRunUID", "uid-1")
                .containsEntry("app.kubernetes.io/managed-by", "tekton-pipelines").containsEntry("team", "a");
        assertThat(pod.ownerReferences()).singleElement()
                .satisfies(ref -> assertThat(ref.kind() + "/" + ref.name()).isEqualTo("TaskRun/build-run"));
    }

    @Test
    void build_copiesTheTaskRunsAnnotations() {
        TaskSpec spec = task(step("name: a\nimage: alpine\n"));
        KubeObject run = taskRun("r", "").withAnnotation("team.example/owner", "ci")
                .withAnnotation("app.kubernetes.io/managed-by", "someone");

        KubeObject pod = build(request(spec, List.of(), Optional.empty(), run), spec);

        assertThat(pod.annotations()).containsExactly(java.util.Map.entry("team.example/owner", "ci"));
    }

    @Test
    void podName_longTaskRunNames_stayWithin63CharactersAndDiffer() {
        String a = PodLayout.podName("a".repeat(70), 0);
        String b = PodLayout.podName("a".repeat(69) + "b", 0);

        assertThat(a).hasSizeLessThanOrEqualTo(63).endsWith("-pod").isNotEqualTo(b);
        assertThat(PodLayout.podName("run", 2)).isEqualTo("run-pod-retry2");
    }

    @Test
    void build_ordersPlaceScriptsThenSidecarsThenStepsAndReportsLast() {
        TaskSpec spec = task(List.of(step("name: clone\nimage: git\n"), step("image: alpine\n")),
                List.of(step("name: db\nimage: postgres\n")), List.of(), List.of(), Optional.empty());

        KubeObject pod = build(request(spec), spec);

        assertThat(names(pod, "initContainers")).containsExactly("place-scripts", "sidecar-db", "step-clone",
                "step-unnamed-1");
        assertThat(names(pod, "containers")).containsExactly("report");
        assertThat(text(pod, "spec.restartPolicy")).isEqualTo("Never");
        assertThat(text(pod, "spec.initContainers.1.restartPolicy")).isEqualTo("Always");
        assertThat(((MapNode) at(pod, "spec.initContainers.2")).containsKey("restartPolicy")).isFalse();
    }

    @Test
    void build_sidecarReadinessProbe_alsoGatesTheStepsAsAStartupProbe() {
        TaskSpec spec = task(List.of(step("name: a\nimage: alpine\n")),
                List.of(step("name: db\nimage: postgres\nreadinessProbe:\n  exec: {command: [pg_isready]}\n"),
                        step("name: web\nimage: nginx\nreadinessProbe: {tcpSocket: {port: 80}}\n"
                                + "startupProbe: {tcpSocket: {port: 81}}\n")),
                List.of(), List.of(), Optional.empty());

        KubeObject pod = build(request(spec), spec);

        assertThat(at(pod, "spec.initContainers.1.startupProbe")).isEqualTo(yaml("exec: {command: [pg_isready]}"));
        assertThat(at(pod, "spec.initContainers.1.readinessProbe")).isEqualTo(yaml("exec: {command: [pg_isready]}"));
        assertThat(at(pod, "spec.initContainers.2.startupProbe")).isEqualTo(yaml("tcpSocket: {port: 81}"));
    }

    @Test
    void build_scriptWithoutShebang_getsShAndSetE_andTravelsBase64() {
        TaskSpec spec = task(step("name: a\nimage: alpine\nscript: echo $$ $(date)\n"),
                step("name: b\nimage: python\nscript: |\n  #!/usr/bin/env python3\n  print(1)\n"));

        KubeObject pod = build(request(spec), spec);

        assertThat(decoded(pod, 0)).isEqualTo("#!/bin/sh\nset -e\necho $$ $(date)");
        assertThat(decoded(pod, 1)).isEqualTo("#!/usr/bin/env python3\nprint(1)\n");
        assertThat(at(pod, "spec.initContainers.1.command")).isEqualTo(ListNode.of(Node.of("/tekton/scripts/script-0")));
        assertThat(at(pod, "spec.initContainers.2.command")).isEqualTo(ListNode.of(Node.of("/tekton/scripts/script-1")));
        assertThat(text(pod, "spec.initContainers.0.command.2"))
                .contains("base64 -d > '/tekton/scripts/script-1'")
                .contains("mkdir -p '/tekton/steps/step-b/results'");
    }

    @Test
    void build_workingDirsUnderTheWorkspace_areMadeFirst_andNoneIsDefaulted() {
        TaskSpec spec = task(step("name: a\nimage: alpine\nworkingDir: /workspace/src/app\n"),
                step("name: b\nimage: alpine\nworkingDir: rel/dir\n"), step("name: c\nimage: alpine\nworkingDir: /opt\n"),
                step("name: d\nimage: alpine\n"));

        KubeObject pod = build(request(spec), spec);

        assertThat(text(pod, "spec.initContainers.0.command.2")).contains("mkdir -p '/workspace/src/app'\n")
                .contains("mkdir -p 'rel/dir'\n").doesNotContain("'/opt'");
        assertThat(text(pod, "spec.initContainers.0.workingDir")).isEqualTo("/workspace");
        assertThat(((MapNode) at(pod, "spec.initContainers.4")).containsKey("workingDir")).isFalse();
    }

    @Test
    void build_onErrorContinue_wrapsTheCommandToRecordTheExitCode() {
        TaskSpec spec = task(step("name: lint\nimage: alpine\ncommand: [lint]\nargs: [--strict]\nonError: continue\n"));

        KubeObject pod = build(request(spec), spec);

        ListNode command = (ListNode) at(pod, "spec.initContainers.1.command");
        assertThat(command.items().subList(0, 2)).containsExactly(Node.of("sh"), Node.of("-c"));
        assertThat(command.items().get(2).asText().orElseThrow())
                .contains("> '/tekton/steps/step-lint/exitCode'").endsWith("exit 0\n");
        assertThat(command.items().subList(3, 5)).containsExactly(Node.of("--"), Node.of("lint"));
        assertThat(at(pod, "spec.initContainers.1.args")).isEqualTo(ListNode.of(Node.of("--strict")));
    }

    @Test
    void build_onErrorContinueWithoutCommand_isAnErrorThatSaysWhatToSet() {
        TaskSpec spec = task(step("name: lint\nimage: linter\nonError: continue\n"));

        Result<KubeObject> result = PodBuilder.build(request(spec), spec, PodOptions.DEFAULT);

        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("StepCommandRequired");
            assertThat(issue.message()).contains("\"lint\"").contains("set command or script");
        });
    }

    @Test
    void build_taskTimeout_becomesActiveDeadlineWithTektonsBuffer() {
        TaskSpec spec = task(step("name: a\nimage: alpine\n"));

        KubeObject pod = build(request(spec, List.of(), Optional.of(Duration.ofMinutes(1)), taskRun("r", "")), spec);
        KubeObject none = build(request(spec, List.of(), Optional.of(Duration.ZERO), taskRun("r", "")), spec);

        assertThat(at(pod, "spec.activeDeadlineSeconds")).isEqualTo(Node.of(90));
        assertThat(at(none, "spec.activeDeadlineSeconds")).isEqualTo(Node.of(Integer.MAX_VALUE));
        assertThat(((MapNode) at(build(request(spec), spec), "spec")).containsKey("activeDeadlineSeconds")).isFalse();
    }

    @Test
    void build_stepTemplateMergesUnderTheStep_andContainerFieldsCarryOver() {
        MapNode template = yaml("env:\n- {name: A, value: template}\n- {name: B, value: template}\n"
                + "securityContext:\n  runAsUser: 1000\n  runAsNonRoot: true\n");
        TaskSpec spec = task(List.of(step("name: a\nimage: alpine\nenv:\n- {name: B, value: step}\n"
                + "securityContext:\n  runAsUser: 0\ncomputeResources:\n  requests: {cpu: 100m}\n"
                + "workingDir: /src\nvolumeMounts:\n- {name: cache, mountPath: /cache}\n")),
                List.of(), List.of(), List.of(), Optional.of(template));

        KubeObject pod = build(request(spec), spec);

        MapNode step = (MapNode) at(pod, "spec.initContainers.1");
        assertThat(step.get("env").orElseThrow()).isEqualTo(yaml("env:\n- {name: A, value: template}\n"
                + "- {name: B, value: step}\n").get("env").orElseThrow());
        assertThat(step.get("securityContext").orElseThrow()).isEqualTo(yaml("runAsUser: 0\nrunAsNonRoot: true\n"));
        assertThat(step.get("resources").orElseThrow()).isEqualTo(yaml("requests: {cpu: 100m}\n"));
        assertThat(step.containsKey("computeResources")).isFalse();
        assertThat(step.getText("workingDir")).contains("/src");
        assertThat(step.getList("volumeMounts").orElseThrow().items().get(0)).isEqualTo(yaml("{name: cache, mountPath: /cache}"));
    }

    @Test
    void build_mountsEachKindOfWorkspaceInEveryStepAndSidecar() {
        record Case(WorkspaceSource source, String sourceName, String raw, String volume) {
        }
        List<Case> cases = List.of(
                new Case(WorkspaceSource.EMPTY_DIR, "", "emptyDir: {medium: Memory}", "emptyDir: {medium: Memory}"),
                new Case(WorkspaceSource.PERSISTENT_VOLUME_CLAIM, "data", "persistentVolumeClaim: {claimName: data}",
                        "persistentVolumeClaim: {claimName: data}"),
                new Case(WorkspaceSource.CONFIG_MAP, "conf", "configMap: {name: conf, items: [{key: a, path: b}]}",
                        "configMap: {name: conf, items: [{key: a, path: b}]}"),
                new Case(WorkspaceSource.SECRET, "creds", "secret: {secretName: creds}", "secret: {secretName: creds}"),
                new Case(WorkspaceSource.PROJECTED, "", "projected: {sources: [{configMap: {name: c}}]}",
                        "projected: {sources: [{configMap: {name: c}}]}"),
                new Case(WorkspaceSource.CSI, "", "csi: {driver: secrets-store.csi.k8s.io}",
                        "csi: {driver: secrets-store.csi.k8s.io}"),
                new Case(WorkspaceSource.VOLUME_CLAIM_TEMPLATE, "pvc-0123456789", "volumeClaimTemplate: {spec: {}}",
                        "persistentVolumeClaim: {claimName: pvc-0123456789}"));
        for (Case c : cases) {
            TaskSpec spec = task(List.of(step("name: a\nimage: alpine\n")), List.of(step("name: s\nimage: x\n")),
                    List.of(workspace("data", "", true, false)), List.of(), Optional.empty());
            TaskRunRequest request = request(spec, List.of(binding("data", c.source(), c.sourceName(), "sub", c.raw())),
                    Optional.empty(), taskRun("r", ""));

            KubeObject pod = build(request, spec);

            assertThat(volume(pod, "ws-data")).as(c.source().name()).isEqualTo(yaml("name: ws-data\n" + c.volume()));
            for (String container : List.of("spec.initContainers.1", "spec.initContainers.2")) {
                assertThat(mount((MapNode) at(pod, container), "ws-data")).as(c.source().name())
                        .isEqualTo(yaml("{name: ws-data, mountPath: /workspace/data, subPath: sub, readOnly: true}"));
            }
        }
    }

    @Test
    void build_workspaceMountPathAndTaskVolumes_areKept() {
        TaskSpec base = task(List.of(step("name: a\nimage: alpine\n")), List.of(),
                List.of(workspace("out", "/output", false, false)), List.of(), Optional.empty());
        TaskSpec spec = new TaskSpec("", "", List.of(), List.of(), base.workspaces(), base.steps(), List.of(),
                Optional.empty(), List.of(yaml("{name: cache, emptyDir: {}}")), MapNode.empty());
        TaskRunRequest request = request(spec, List.of(binding("out", WorkspaceSource.EMPTY_DIR, "", "", "emptyDir: {}")),
                Optional.empty(), taskRun("r", ""));

        KubeObject pod = build(request, spec);

        assertThat(mount((MapNode) at(pod, "spec.initContainers.1"), "ws-out").getText("mountPath")).contains("/output");
        assertThat(volume(pod, "cache")).isEqualTo(yaml("{name: cache, emptyDir: {}}"));
        assertThat(PodBuilder.taskContext(request).workspaces().get("out").path()).isEqualTo("/output");
    }

    @Test
    void build_unboundRequiredWorkspace_isAnError_unboundOptionalIsSkipped() {
        TaskSpec spec = task(List.of(step("name: a\nimage: alpine\n")), List.of(),
                List.of(workspace("source", "", false, false), workspace("cache", "", false, true)), List.of(),
                Optional.empty());

        Result<KubeObject> result = PodBuilder.build(request(spec), spec, PodOptions.DEFAULT);

        assertThat(result.issues()).extracting(Issue::code).containsExactly("WorkspaceNotBound");
        assertThat(result.issues().get(0).message()).contains("\"source\"");
        assertThat(names(result.value(), "volumes")).noneMatch(n -> n.startsWith("ws-"));
    }

    @Test
    void build_serviceAccountAndPodTemplate_comeFromTheRun() {
        TaskSpec spec = task(step("name: a\nimage: alpine\n"));
        KubeObject run = taskRun("r", "serviceAccountName: builder\npodTemplate:\n  nodeSelector: {disk: ssd}\n"
                + "  env:\n  - {name: PROXY, value: p}\n");

        KubeObject pod = build(request(spec, List.of(), Optional.empty(), run), spec);

        assertThat(text(pod, "spec.serviceAccountName")).isEqualTo("builder");
        assertThat(at(pod, "spec.nodeSelector")).isEqualTo(yaml("disk: ssd"));
        assertThat(at(pod, "spec.initContainers.1.env")).isEqualTo(yaml("env: [{name: PROXY, value: p}]").get("env").orElseThrow());
        KubeObject overridden = PodBuilder.build(request(spec, List.of(), Optional.empty(), run), spec,
                new PodOptions("busybox:1.36", Optional.of("admin"))).value();
        assertThat(text(overridden, "spec.serviceAccountName")).isEqualTo("admin");
        assertThat(text(overridden, "spec.containers.0.image")).isEqualTo("busybox:1.36");
    }

    @Test
    void build_pipelineRunTaskRunSpecs_overrideTheServiceAccountForTheirTask() {
        TaskSpec spec = task(step("name: a\nimage: alpine\n"));
        KubeObject run = KubeObject.of(yaml("apiVersion: tekton.dev/v1\nkind: PipelineRun\nmetadata: {name: p, uid: u}\n"
                + "spec:\n  taskRunTemplate: {serviceAccountName: default-sa}\n"
                + "  taskRunSpecs:\n  - {pipelineTaskName: deploy, serviceAccountName: deployer}\n"));
        TaskRunRequest build = request(spec, List.of(), Optional.empty(), run);
        TaskRunRequest deploy = new TaskRunRequest("p-deploy", "ci", spec, List.of(), List.of(), Optional.empty(),
                new dev.windlass.pipelines.subst.TaskContext.RunNames("p-deploy", "ci", "", "", "p", "ci", "u", "pl",
                        "deploy"), 0, java.util.Map.of(), run, dev.windlass.pipelines.run.ObjectLookup.NONE);

        assertThat(text(build(build, spec), "spec.serviceAccountName")).isEqualTo("default-sa");
        KubeObject deployPod = build(deploy, spec);
        assertThat(text(deployPod, "spec.serviceAccountName")).isEqualTo("deployer");
        assertThat(deployPod.labels()).containsEntry("tekton.dev/pipelineTask", "deploy")
                .containsEntry("tekton.dev/pipelineRun", "p").containsEntry("tekton.dev/pipeline", "pl");
    }

    static KubeObject build(TaskRunRequest request, TaskSpec spec) {
        Result<KubeObject> result = PodBuilder.build(request, spec, PodOptions.DEFAULT);
        assertThat(result.issues()).isEmpty();
        return result.value();
    }

    private static List<String> names(KubeObject pod, String list) {
        return ((ListNode) at(pod, "spec." + list)).items().stream()
                .map(n -> ((MapNode) n).getText("name").orElseThrow()).toList();
    }

    private static MapNode volume(KubeObject pod, String name) {
        return ((ListNode) at(pod, "spec.volumes")).items().stream().map(n -> (MapNode) n)
                .filter(v -> v.getText("name").orElseThrow().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + name));
    }

    private static MapNode mount(MapNode container, String volume) {
        return container.getList("volumeMounts").orElseThrow().items().stream().map(n -> (MapNode) n)
                .filter(m -> m.getText("name").orElseThrow().equals(volume)).findFirst()
                .orElseThrow(() -> new AssertionError("no mount of " + volume));
    }

    private static String decoded(KubeObject pod, int script) {
        String encoded = text(pod, "spec.initContainers.0.env." + script + ".value");
        return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    }

    private static void golden(String file, KubeObject pod) throws IOException {
        String actual = YamlWriter.write(pod.content());
        Path path = GOLDEN.resolve(file);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(path, actual);
            return;
        }
        if (!Files.exists(path)) {
            fail(path + " is missing; run the test with -Dgolden.update=true to write it, then review it");
        }
        assertThat(actual).as(file).isEqualTo(Files.readString(path).replace("\r\n", "\n"));
    }
}
