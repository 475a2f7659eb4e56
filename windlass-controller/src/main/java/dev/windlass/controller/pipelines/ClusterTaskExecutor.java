package dev.windlass.controller.pipelines;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.WorkspaceBinding;
import dev.windlass.pipelines.pod.PodBuilder;
import dev.windlass.pipelines.pod.PodOptions;
import dev.windlass.pipelines.pod.VolumeClaims;
import dev.windlass.pipelines.run.Cancellation;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.TaskExecutor;
import dev.windlass.pipelines.run.TaskRunOutcome;
import dev.windlass.pipelines.run.TaskRunRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a TaskRun as a Pod on a cluster (the Pod {@link PodBuilder} makes, without Tekton's
 * entrypoint): creates the {@code volumeClaimTemplate} claims that are missing and the Pod (or
 * adopts the run's Pod when it already exists, after a restart), follows it until its phase is
 * {@code Succeeded} or {@code Failed}, and reads steps and results back with
 * {@link dev.windlass.pipelines.pod.PodStatusReader}. At the timeout or on cancellation it deletes
 * the Pod and ends the run {@code TaskRunTimeout} or {@code TaskRunCancelled}; a step running past
 * its own timeout, or one that cannot pull its image or find its config, fails the run and the Pod
 * is deleted too.
 *
 * <pre>{@code
 * TaskExecutor executor = ClusterTaskExecutor.on(cluster).withPollInterval(Duration.ofSeconds(1));
 * TaskRunOutcome outcome = executor.execute(request, listener, cancellation);
 * }</pre>
 *
 * <p>Step logs are not streamed: {@link KubeCluster} offers no log API, so the
 * listener gets a note naming the Pod to read them from. Thread-safe; one call per TaskRun.
 */
public final class ClusterTaskExecutor implements TaskExecutor {

    static final GroupVersionKind POD = GroupVersionKind.of("v1", "Pod");
    static final GroupVersionKind CLAIM = GroupVersionKind.of("v1", "PersistentVolumeClaim");

    private final KubeCluster cluster;
    private final PodOptions options;
    private final SpecPreparation preparation;
    private final Duration pollInterval;
    private final Clock clock;

    private ClusterTaskExecutor(KubeCluster cluster, PodOptions options, SpecPreparation preparation,
            Duration pollInterval, Clock clock) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.options = Objects.requireNonNull(options, "options");
        this.preparation = Objects.requireNonNull(preparation, "preparation");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An executor on {@code cluster}: default Pod options, substitution, a poll every 500 ms, the system clock. */
    public static ClusterTaskExecutor on(KubeCluster cluster) {
        return new ClusterTaskExecutor(cluster, PodOptions.DEFAULT, SpecPreparation.SUBSTITUTE,
                Duration.ofMillis(500), Clock.systemUTC());
    }

    /** This executor making Pods with {@code newOptions}. */
    public ClusterTaskExecutor withPodOptions(PodOptions newOptions) {
        return new ClusterTaskExecutor(cluster, newOptions, preparation, pollInterval, clock);
    }

    /** This executor preparing specs with {@code newPreparation}. */
    public ClusterTaskExecutor withPreparation(SpecPreparation newPreparation) {
        return new ClusterTaskExecutor(cluster, options, newPreparation, pollInterval, clock);
    }

    /** This executor reading the Pod every {@code interval}. */
    public ClusterTaskExecutor withPollInterval(Duration interval) {
        return new ClusterTaskExecutor(cluster, options, preparation, interval, clock);
    }

    /** This executor reading time from {@code newClock} (timeouts and reported times). */
    public ClusterTaskExecutor withClock(Clock newClock) {
        return new ClusterTaskExecutor(cluster, options, preparation, pollInterval, newClock);
    }

    @Override
    public TaskRunOutcome execute(TaskRunRequest request, RunListener listener, Cancellation cancellation) {
        Result<TaskSpec> prepared = preparation.prepare(request, PodBuilder.taskContext(request));
        if (prepared.hasErrors()) {
            return Outcomes.invalid(prepared.issues(), clock.instant());
        }
        Result<KubeObject> pod = PodBuilder.build(request, prepared.value(), options);
        if (pod.hasErrors()) {
            return Outcomes.invalid(pod.issues(), clock.instant());
        }
        Optional<TaskRunOutcome> refused = createClaims(request).or(() -> createPod(pod.value()));
        if (refused.isPresent()) {
            return refused.get();
        }
        listener.note("the cluster executor does not stream step logs; read them with kubectl logs -n "
                + pod.value().namespace() + " " + pod.value().name() + " -c step-<name>");
        return new PodFollower(cluster, clock, pollInterval).follow(request, prepared.value(), pod.value(),
                cancellation);
    }

    private Optional<TaskRunOutcome> createClaims(TaskRunRequest request) {
        for (WorkspaceBinding binding : request.workspaces()) {
            Optional<KubeObject> claim = VolumeClaims.claim(binding, request.owner(), request.namespace());
            if (claim.isEmpty()) {
                continue;
            }
            try {
                if (cluster.get(CLAIM, claim.get().namespace(), claim.get().name()).isEmpty()) {
                    cluster.create(claim.get());
                }
            } catch (ClusterException e) {
                if (e.reason() != ClusterException.Reason.CONFLICT) {
                    return Optional.of(Outcomes.podCreationFailed(claim.get().name(),
                            "its PersistentVolumeClaim could not be created: " + e.getMessage(), clock.instant()));
                }
            }
        }
        return Optional.empty();
    }

    /** Creates the Pod; an existing Pod of the same TaskRun is adopted (a restarted controller resumes). */
    private Optional<TaskRunOutcome> createPod(KubeObject pod) {
        try {
            cluster.create(pod);
            return Optional.empty();
        } catch (ClusterException e) {
            if (e.reason() == ClusterException.Reason.CONFLICT && sameRun(pod)) {
                return Optional.empty();
            }
            return Optional.of(Outcomes.podCreationFailed(pod.name(), e.getMessage(), clock.instant()));
        }
    }

    private boolean sameRun(KubeObject pod) {
        try {
            return cluster.get(POD, pod.namespace(), pod.name())
                    .flatMap(live -> live.label("tekton.dev/taskRun"))
                    .equals(pod.label("tekton.dev/taskRun"));
        } catch (ClusterException e) {
            return false;
        }
    }
}
