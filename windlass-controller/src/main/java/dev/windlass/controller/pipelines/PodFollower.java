package dev.windlass.controller.pipelines;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.KubeObject;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.pod.PodReport;
import dev.windlass.pipelines.pod.PodStatusReader;
import dev.windlass.pipelines.run.Cancellation;
import dev.windlass.pipelines.run.Condition;
import dev.windlass.pipelines.run.TaskRunOutcome;
import dev.windlass.pipelines.run.TaskRunRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Follows one TaskRun Pod by reading it every poll interval until it ends, the run is cancelled or
 * the timeout passes; the last two delete the Pod. A read the cluster fails is retried at the next
 * poll (the Pod keeps running meanwhile).
 */
final class PodFollower {

    private final KubeCluster cluster;
    private final Clock clock;
    private final Duration pollInterval;

    PodFollower(KubeCluster cluster, Clock clock, Duration pollInterval) {
        this.cluster = cluster;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    TaskRunOutcome follow(TaskRunRequest request, TaskSpec spec, KubeObject created, Cancellation cancellation) {
        Instant started = clock.instant();
        Optional<Instant> deadline = request.timeout().filter(t -> !t.isZero() && !t.isNegative())
                .map(started::plus);
        KubeObject lastSeen = created;
        while (true) {
            if (cancellation.isCancelled()) {
                return stop(lastSeen, spec, Outcomes.cancelled(request), "Cancelled", started);
            }
            if (deadline.isPresent() && !clock.instant().isBefore(deadline.get())) {
                return stop(lastSeen, spec, Outcomes.timedOut(request, request.timeout().orElseThrow()),
                        "TimeoutExceeded", started);
            }
            Reading reading = read(created);
            if (!reading.failed() && reading.pod().isEmpty()) {
                return Outcomes.of(PodStatusReader.stopped(lastSeen, spec, Outcomes.podDeleted(created.name()),
                        "Cancelled", clock.instant()), started, clock.instant());
            }
            if (!reading.failed()) {
                lastSeen = reading.pod().get();
                PodReport report = PodStatusReader.read(lastSeen, spec);
                Optional<PodReport> overrun = PodStatusReader.stepTimeout(lastSeen, spec, clock.instant());
                if (!report.done() && overrun.isPresent()) {
                    delete(lastSeen);
                    return Outcomes.of(overrun.get(), started, clock.instant());
                }
                if (report.done()) {
                    if (running(lastSeen)) {
                        delete(lastSeen);
                    }
                    return Outcomes.of(report, started, clock.instant());
                }
            }
            if (!pause()) {
                return stop(lastSeen, spec, Outcomes.cancelled(request), "Cancelled", started);
            }
        }
    }

    /** One read of the Pod: the Pod as the cluster has it (empty when gone), or a failed read. */
    private record Reading(boolean failed, Optional<KubeObject> pod) {
    }

    private Reading read(KubeObject pod) {
        try {
            return new Reading(false, cluster.get(ClusterTaskExecutor.POD, pod.namespace(), pod.name()));
        } catch (ClusterException e) {
            return new Reading(true, Optional.empty());
        }
    }

    private TaskRunOutcome stop(KubeObject lastSeen, TaskSpec spec, Condition condition, String stepReason,
            Instant started) {
        delete(lastSeen);
        Instant now = clock.instant();
        return Outcomes.of(PodStatusReader.stopped(lastSeen, spec, condition, stepReason, now), started, now);
    }

    private void delete(KubeObject pod) {
        try {
            cluster.delete(ClusterTaskExecutor.POD, pod.namespace(), pod.name(), PropagationPolicy.BACKGROUND);
        } catch (ClusterException e) {
            // Gone already, or the cluster refused: the Pod's activeDeadlineSeconds still stops it.
        }
    }

    private static boolean running(KubeObject pod) {
        String phase = pod.content().getMap("status").flatMap(s -> s.getText("phase")).orElse("Pending");
        return !phase.equals("Succeeded") && !phase.equals("Failed");
    }

    /** Waits one poll interval; false when interrupted (the caller is shutting down). */
    private boolean pause() {
        try {
            Thread.sleep(pollInterval.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
