package dev.windlass.cli.pipeline;

import dev.windlass.model.KubeObject;
import dev.windlass.pipelines.control.ConcurrencyGate;
import dev.windlass.pipelines.control.ConcurrencyPolicy;
import dev.windlass.pipelines.control.Retention;
import dev.windlass.pipelines.local.LocalTaskExecutor;
import dev.windlass.pipelines.model.TektonCatalog;
import dev.windlass.pipelines.run.PipelineRunner;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.run.TaskExecutor;
import dev.windlass.pipelines.store.FileRunStore;
import dev.windlass.pipelines.store.RunLogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs pipelines for the CLI ({@code windlass pipeline run}, {@code windlass trigger serve},
 * {@code windlass up}): one run store and log directory under {@link PipelineHome}, the local
 * executor (or a cluster's), retention of the last N runs per pipeline, and a concurrency gate so
 * runs of one pipeline (or one {@code windlass.dev/concurrency-key}) wait in a queue.
 */
public final class LocalRuns implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PipelineHome home;
    private final TektonCatalog catalog;
    private final TaskExecutor executor;
    private final FileRunStore store;
    private final int keep;
    private final int concurrency;
    private final ConcurrencyGate gate = new ConcurrencyGate();
    private final AutoCloseable resources;

    private LocalRuns(Builder builder, TaskExecutor executor, AutoCloseable resources) {
        this.home = builder.home;
        this.catalog = builder.catalog;
        this.executor = executor;
        this.store = new FileRunStore(builder.home.store());
        this.keep = builder.keep;
        this.concurrency = builder.concurrency;
        this.resources = resources;
    }

    public static Builder builder(PipelineHome home) {
        return new Builder(home);
    }

    /** The run store (for list, logs and cancel). */
    public FileRunStore store() {
        return store;
    }

    /**
     * Runs one PipelineRun or TaskRun to its end, after waiting for a slot of its concurrency key;
     * its logs go to the store and to {@code listener}.
     */
    public RunState run(KubeObject submitted, RunListener listener) {
        KubeObject run = named(submitted);
        RunLogs logs = new RunLogs(home.store(), run.namespace(), run.name());
        RunListener both = Listeners.both(logs, listener);
        ConcurrencyPolicy policy = ConcurrencyPolicy.of(run, concurrency);
        int ahead = gate.queued(policy.key());
        if (ahead > 0) {
            listener.note("waiting for " + ahead + " run(s) of " + policy.key() + " (at most " + policy.limit() + " at once)");
        }
        try (AutoCloseable permit = gate.acquire(policy.key(), policy.limit())) {
            PipelineRunner runner = PipelineRunner.builder().catalog(catalog).executor(executor).store(store)
                    .listener(both).objects((kind, namespace, name) -> catalog.object(kind, namespace, name))
                    .clock(Clock.systemUTC()).build();
            RunState done = runner.run(run);
            Retention.prune(store, keep);
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run " + run.name(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The run with a namespace ({@code default} when it names none, as kubectl would place it) and a
     * name ({@code generateName} plus five random characters, as the API server makes one).
     */
    static KubeObject named(KubeObject run) {
        KubeObject out = run.namespace().isEmpty() ? run.withNamespace("default") : run;
        return PipelineRunner.withGeneratedName(out, RANDOM);
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            // closing a client that already failed: nothing more to do
        }
    }

    /** The run cannot be set up: the cluster cannot be reached, a directory cannot be made. */
    public static final class SetupException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SetupException(String message) {
            super(message);
        }
    }

    /** Builds {@link LocalRuns}. */
    public static final class Builder {
        private final PipelineHome home;
        private TektonCatalog catalog;
        private Map<String, String> environment = Map.of();
        private Map<String, Path> hostDirectories = Map.of();
        private int keep = 20;
        private int concurrency = 1;
        private boolean cluster;
        private Path kubeconfig;
        private String context;

        private Builder(PipelineHome home) {
            this.home = home;
        }

        public Builder catalog(TektonCatalog value) {
            this.catalog = value;
            return this;
        }

        /** Extra environment for every step (git redirects for mapped repositories). */
        public Builder environment(Map<String, String> value) {
            this.environment = Map.copyOf(value);
            return this;
        }

        /** Claims that stand for host directories ({@code --workspace NAME=DIR}). */
        public Builder hostDirectories(Map<String, Path> value) {
            this.hostDirectories = new LinkedHashMap<>(value);
            return this;
        }

        public Builder keep(int value) {
            this.keep = value;
            return this;
        }

        /** Runs of one concurrency key at once, unless the run's annotation says otherwise (default 1). */
        public Builder concurrency(int value) {
            this.concurrency = value;
            return this;
        }

        public Builder cluster(boolean value, Path kubeconfigFile, String contextName) {
            this.cluster = value;
            this.kubeconfig = kubeconfigFile;
            this.context = contextName;
            return this;
        }

        public LocalRuns build() {
            try {
                Files.createDirectories(home.store());
                Files.createDirectories(home.volumes());
                for (Map.Entry<String, Path> entry : hostDirectories.entrySet()) {
                    Path link = home.volumes().resolve(entry.getKey());
                    Files.deleteIfExists(link);
                    Files.createSymbolicLink(link, entry.getValue());
                }
            } catch (IOException e) {
                throw new SetupException("cannot prepare " + home.root() + ": " + e.getMessage());
            }
            if (cluster) {
                ClusterExecutors.Connected connected = ClusterExecutors.connect(kubeconfig, context);
                List<KubeObject> fromCluster = connected.tektonObjects();
                if (!fromCluster.isEmpty()) {
                    // the files' objects win: the cluster's are added only where the files have none
                    TektonCatalog live = TektonCatalog.of(fromCluster).value();
                    TektonCatalog both = live == null ? null : live.with(catalog.objects()).value();
                    catalog = both != null ? both : catalog;
                }
                return new LocalRuns(this, connected.executor(), connected);
            }
            TaskExecutor local = LocalTaskExecutor.builder().workRoot(home.work()).volumesRoot(home.volumes())
                    .environment(environment).build();
            return new LocalRuns(this, local, () -> { });
        }
    }
}
