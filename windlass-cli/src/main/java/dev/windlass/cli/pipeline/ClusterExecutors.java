package dev.windlass.cli.pipeline;

import dev.windlass.controller.pipelines.ClusterTaskExecutor;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.kube.KubeCluster;
import dev.windlass.pipelines.run.TaskExecutor;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Connects the cluster executor for {@code --cluster}: each TaskRun becomes a Pod on the cluster of
 * the kubeconfig and context given (the default loading rules otherwise), see docs/pipelines-cluster.md.
 */
final class ClusterExecutors {

    private ClusterExecutors() {
    }

    /** An executor and the client behind it, closed together. */
    interface Connected extends AutoCloseable {
        TaskExecutor executor();

        @Override
        void close();
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
            public void close() {
                cluster.close();
                client.close();
            }
        };
    }
}
