package dev.windlass.cli.pipeline;

import dev.windlass.pipelines.run.TaskExecutor;
import java.nio.file.Path;

/** Connects the cluster executor for {@code --cluster}: each TaskRun becomes a Pod on that cluster. */
final class ClusterExecutors {

    private ClusterExecutors() {
    }

    /** An executor and the client behind it, closed together. */
    interface Connected extends AutoCloseable {
        TaskExecutor executor();
    }

    static Connected connect(Path kubeconfig, String context) {
        throw new LocalRuns.SetupException("--cluster is not available yet");
    }
}
