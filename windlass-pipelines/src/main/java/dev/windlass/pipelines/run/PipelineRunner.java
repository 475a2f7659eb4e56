package dev.windlass.pipelines.run;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.pipelines.model.RunSpecStatus;
import dev.windlass.pipelines.model.TektonCatalog;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Runs a PipelineRun or TaskRun to its end: resolves references from the catalog, validates,
 * substitutes, schedules the DAG (recomputed from the saved {@link RunState} each time, so a run
 * resumes where it stopped), hands each TaskRun to the {@link TaskExecutor}, applies retries,
 * timeouts, {@code when}, matrix and {@code finally}, and honours cancel and pending.
 */
public final class PipelineRunner {

    /** Kubernetes' alphabet for {@code generateName} suffixes (no vowels, no look-alikes). */
    private static final String SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    private final TektonCatalog catalog;
    private final RunServices services;
    private final Random random;

    private PipelineRunner(Builder builder) {
        this.catalog = builder.catalog;
        this.services = new RunServices(builder.executor, builder.store, builder.listener,
                lookup(builder.objects, builder.catalog), builder.clock, builder.parallelism);
        this.random = builder.random;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The given lookup, then the catalog's other objects (ConfigMaps and Secrets given with the run). */
    private static ObjectLookup lookup(ObjectLookup objects, TektonCatalog catalog) {
        if (catalog == null) {
            return objects;
        }
        return (kind, namespace, name) -> objects.find(kind, namespace, name)
                .or(() -> catalog.object(kind, namespace, name));
    }

    /**
     * Runs {@code run} (a PipelineRun or TaskRun object; {@code generateName} is resolved) and
     * returns its final state. A run with a saved unfinished state resumes from it.
     */
    public RunState run(KubeObject run) {
        KubeObject named = named(run);
        Optional<RunState> saved = services.store().load(named.namespace(), named.name());
        if (saved.isPresent() && saved.get().condition().isDone()) {
            return saved.get();
        }
        KubeObject object = named;
        Instant now = services.clock().instant();
        RunState initial = saved.filter(s -> !"PipelineRunPending".equals(s.condition().reason()))
                .orElse(new RunState(object, Condition.running(), Optional.of(now), Optional.empty(), List.of(),
                        List.of(), Map.of()));
        Result<PreparedRun> prepared = new RunPreparation(catalog).prepare(object);
        if (prepared.hasErrors()) {
            return failed(initial, prepared, now);
        }
        prepared.warnings().stream().map(dev.windlass.model.Issue::format).forEach(services.listener()::note);
        if (prepared.value().status() == RunSpecStatus.PENDING
                && !services.store().cancelRequested(object.namespace(), object.name())) {
            return pending(object, prepared.value(), now);
        }
        return new RunLoop(prepared.value(), services, initial).run();
    }

    private KubeObject named(KubeObject run) {
        return withGeneratedName(run, random);
    }

    /**
     * The run named as the API server names an object with only a {@code generateName}: the prefix
     * plus five random characters of Kubernetes' alphabet. A run with a name is returned as it is.
     */
    public static KubeObject withGeneratedName(KubeObject run, Random random) {
        if (!run.name().isEmpty() || run.generateName().isEmpty()) {
            return run;
        }
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            suffix.append(SUFFIX_ALPHABET.charAt(random.nextInt(SUFFIX_ALPHABET.length())));
        }
        return run.withName(run.generateName() + suffix);
    }

    private RunState failed(RunState initial, Result<PreparedRun> prepared, Instant now) {
        String reason = RunPreparation.reason(prepared.errors(), "TaskRun".equals(initial.object().kind()));
        String message = prepared.errors().stream().map(dev.windlass.model.Issue::format)
                .reduce((a, b) -> a + "\n" + b).orElse("");
        RunState state = new RunState(initial.object(), new Condition("False", reason, message), initial.started(),
                Optional.of(now), initial.children(), initial.skipped(), Map.of());
        save(state);
        return state;
    }

    private RunState pending(KubeObject object, PreparedRun prepared, Instant now) {
        String kind = prepared.taskRun() ? "TaskRun" : "PipelineRun";
        RunState state = new RunState(object, new Condition("Unknown", kind + "Pending",
                kind + " \"" + object.name() + "\" is pending"), Optional.empty(), Optional.empty(), List.of(),
                List.of(), Map.of());
        save(state);
        return state;
    }

    private void save(RunState state) {
        services.store().save(state);
        services.listener().changed(state);
    }

    /** Builds a {@link PipelineRunner}. */
    public static final class Builder {

        private TektonCatalog catalog;
        private TaskExecutor executor;
        private RunStore store = new MemoryRunStore();
        private RunListener listener = RunListener.NONE;
        private ObjectLookup objects = ObjectLookup.NONE;
        private Clock clock = Clock.systemUTC();
        private int parallelism = Math.max(2, Runtime.getRuntime().availableProcessors());
        private Random random = new SecureRandom();

        private Builder() {
        }

        public Builder catalog(TektonCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        public Builder executor(TaskExecutor executor) {
            this.executor = executor;
            return this;
        }

        public Builder store(RunStore store) {
            this.store = store;
            return this;
        }

        public Builder listener(RunListener listener) {
            this.listener = listener;
            return this;
        }

        public Builder objects(ObjectLookup objects) {
            this.objects = objects;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How many TaskRuns of one PipelineRun run at once (default: the number of processors, at least 2). */
        public Builder parallelism(int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
            }
            this.parallelism = parallelism;
            return this;
        }

        /** The source of {@code generateName} suffixes (tests pass a seeded one). */
        public Builder random(Random random) {
            this.random = random;
            return this;
        }

        public PipelineRunner build() {
            if (executor == null) {
                throw new IllegalStateException("a PipelineRunner needs an executor: call executor(...) before build()");
            }
            return new PipelineRunner(this);
        }
    }
}
