package dev.windlass.cli.pipeline;

import dev.windlass.controller.pipelines.ClusterTaskExecutor;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.pipelines.run.TaskExecutor;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Connects the cluster executor for {@code --cluster}: each TaskRun becomes a Pod on the cluster of
 * the kubeconfig and context given (the default loading rules otherwise), see docs/pipelines-cluster.md.
 * References the files do not resolve are looked up among the cluster's Tekton objects.
 */
final class ClusterExecutors {

    private ClusterExecutors() {
    }

    /** An executor and the client behind it, closed together. */
    interface Connected extends AutoCloseable {
        TaskExecutor executor();

        /** The cluster's Tasks, ClusterTasks, Pipelines and StepActions, for references the files do not hold. */
        List<KubeObject> tektonObjects();

        @Override
        void close();
    }

    /** Tekton's kinds a run may reference, each read when the cluster serves it (Tekton installed). */
    private static final List<GroupVersionKind> REFERENCED = List.of(
            new GroupVersionKind("tekton.dev", "v1", "Task"), new GroupVersionKind("tekton.dev", "v1", "Pipeline"),
            new GroupVersionKind("tekton.dev", "v1beta1", "ClusterTask"),
            new GroupVersionKind("tekton.dev", "v1beta1", "StepAction"));

    static List<KubeObject> tektonObjects(KubeCluster cluster) {
        List<KubeObject> out = new ArrayList<>();
        for (GroupVersionKind kind : REFERENCED) {
            try {
                if (cluster.resourceType(kind).isPresent()) {
                    out.addAll(cluster.list(kind, null));
                }
            } catch (ClusterException e) {
                throw new LocalRuns.SetupException("cannot list " + kind.kind() + "s on the cluster: " + e.getMessage());
            }
        }
        return out;
    }

    static Connected connect(Path kubeconfig, String context) {
        KubernetesClient client;
        try {
            client = KubeCluster.client(kubeconfig, context);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new LocalRuns.SetupException("cannot reach the cluster: " + e.getMessage()
                    + "; check --kubeconfig and --context");
        }
        KubeCluster cluster = KubeCluster.connect(client, Tracking.DEFAULT);
        ClusterTaskExecutor executor = ClusterTaskExecutor.on(cluster);
        return new Connected() {
            @Override
            public TaskExecutor executor() {
                return executor;
            }

            @Override
            public List<KubeObject> tektonObjects() {
                return ClusterExecutors.tektonObjects(cluster);
            }

            @Override
            public void close() {
                cluster.close();
                client.close();
            }
        };
    }
}
