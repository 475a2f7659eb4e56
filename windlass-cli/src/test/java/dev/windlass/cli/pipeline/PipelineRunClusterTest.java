package dev.windlass.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.engine.tracking.Tracking;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.Sandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code windlass pipeline run --cluster} against the sandbox: the Task the TaskRun names lives only
 * on the cluster, and the run's Pod is made there. The sandbox runs no containers, so the TaskRun
 * ends at its timeout; that it got that far shows the cluster's Task was found and the Pod created.
 */
class PipelineRunClusterTest {

    private static final String CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: tasks.tekton.dev}
            spec:
              group: tekton.dev
              scope: Namespaced
              names: {plural: tasks, singular: task, kind: Task, listKind: TaskList}
              versions:
              - name: v1
                served: true
                storage: true
                schema:
                  openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
            """;

    private static final String TASK = """
            apiVersion: tekton.dev/v1
            kind: Task
            metadata: {name: on-the-cluster, namespace: default}
            spec:
              steps:
              - {name: hello, image: mirror.gcr.io/alpine, script: echo hello}
            """;

    @TempDir
    Path dir;

    @Test
    void cluster_resolvesTheTaskFromTheClusterAndRunsItAsAPod() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().start()) {
            Path kubeconfig = dir.resolve("kubeconfig");
            sandbox.writeKubeconfig(kubeconfig);
            try (KubernetesClient client = KubeCluster.client(kubeconfig, "windlass-sandbox");
                    KubeCluster cluster = KubeCluster.connect(client, Tracking.DEFAULT)) {
                cluster.ensureCustomResourceDefinition(object(CRD), Duration.ofSeconds(30));
                cluster.create(object(TASK));
            }
            Path run = dir.resolve("run.yaml");
            Files.writeString(run, """
                    apiVersion: tekton.dev/v1
                    kind: TaskRun
                    metadata: {name: remote-1, namespace: default}
                    spec:
                      taskRef: {name: on-the-cluster}
                      timeout: 2s
                    """);

            PipelineCliRun r = PipelineCliRun.run("pipeline", "run", run.toString(), "--cluster", "--kubeconfig",
                    kubeconfig.toString(), "--context", "windlass-sandbox", "--home", dir.resolve("home").toString());

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.lastLine()).as(r.out() + r.err()).startsWith("TaskRun remote-1 TaskRunTimeout (");
        }
    }

    private static KubeObject object(String yaml) {
        return KubeObject.of((MapNode) YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                .read("test.yaml", yaml).documents().get(0).content());
    }
}
