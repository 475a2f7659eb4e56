package dev.windlass.engine.health;

import java.util.Optional;

/**
 * Argo CD's built-in checks for the apps/v1 workload controllers (Deployment, StatefulSet,
 * DaemonSet, ReplicaSet). Like {@code kubectl rollout status}, each waits for the controller to
 * observe the current generation before it trusts the status counters.
 */
final class WorkloadHealth {

    private WorkloadHealth() {
    }

    static Health deployment(Fields d) {
        if (d.flag("spec.paused")) {
            return new Health(HealthStatus.SUSPENDED, "Deployment is paused");
        }
        if (d.integer("metadata.generation") > d.integer("status.observedGeneration")) {
            return Health.progressing("Waiting for rollout to finish: observed deployment generation less than desired generation");
        }
        Optional<Fields> progressing = d.condition("status.conditions", "Progressing");
        Optional<Long> wanted = d.optionalInteger("spec.replicas");
        long updated = d.integer("status.updatedReplicas");
        long replicas = d.integer("status.replicas");
        long available = d.integer("status.availableReplicas");
        if (progressing.isPresent() && progressing.get().text("reason").equals("ProgressDeadlineExceeded")) {
            return Health.degraded("Deployment " + quoted(d.text("metadata.name")) + " exceeded its progress deadline");
        }
        if (wanted.isPresent() && updated < wanted.get()) {
            return Health.progressing("Waiting for rollout to finish: " + updated + " out of " + wanted.get()
                    + " new replicas have been updated...");
        }
        if (replicas > updated) {
            return Health.progressing("Waiting for rollout to finish: " + (replicas - updated)
                    + " old replicas are pending termination...");
        }
        if (available < updated) {
            return Health.progressing("Waiting for rollout to finish: " + available + " of " + updated
                    + " updated replicas are available...");
        }
        return Health.of(HealthStatus.HEALTHY);
    }

    static Health statefulSet(Fields s) {
        long observed = s.integer("status.observedGeneration");
        if (observed == 0 || s.integer("metadata.generation") > observed) {
            return Health.progressing("Waiting for statefulset spec update to be observed...");
        }
        Optional<Long> wanted = s.optionalInteger("spec.replicas");
        long ready = s.integer("status.readyReplicas");
        long updated = s.integer("status.updatedReplicas");
        if (wanted.isPresent() && ready < wanted.get()) {
            return Health.progressing("Waiting for " + (wanted.get() - ready) + " pods to be ready...");
        }
        String strategy = s.text("spec.updateStrategy.type");
        if (strategy.equals("RollingUpdate") && s.present("spec.updateStrategy.rollingUpdate")) {
            Optional<Long> partition = s.optionalInteger("spec.updateStrategy.rollingUpdate.partition");
            if (wanted.isPresent() && partition.isPresent() && updated < wanted.get() - partition.get()) {
                return Health.progressing("Waiting for partitioned roll out to finish: " + updated + " out of "
                        + (wanted.get() - partition.get()) + " new pods have been updated...");
            }
            return Health.healthy("partitioned roll out complete: " + updated + " new pods have been updated...");
        }
        if (strategy.equals("OnDelete")) {
            return Health.healthy("statefulset has " + ready + " ready pods");
        }
        String updateRevision = s.text("status.updateRevision");
        String currentRevision = s.text("status.currentRevision");
        if (!updateRevision.equals(currentRevision)) {
            return Health.progressing("waiting for statefulset rolling update to complete " + updated
                    + " pods at revision " + updateRevision + "...");
        }
        return Health.healthy("statefulset rolling update complete " + s.integer("status.currentReplicas")
                + " pods at revision " + currentRevision + "...");
    }

    static Health daemonSet(Fields d) {
        if (d.integer("metadata.generation") > d.integer("status.observedGeneration")) {
            return Health.progressing("Waiting for rollout to finish: observed daemon set generation less than desired generation");
        }
        long updated = d.integer("status.updatedNumberScheduled");
        long desired = d.integer("status.desiredNumberScheduled");
        long available = d.integer("status.numberAvailable");
        if (d.text("spec.updateStrategy.type").equals("OnDelete")) {
            return Health.healthy("daemon set " + updated + " out of " + desired + " new pods have been updated");
        }
        String name = quoted(d.text("metadata.name"));
        if (updated < desired) {
            return Health.progressing("Waiting for daemon set " + name + " rollout to finish: " + updated + " out of "
                    + desired + " new pods have been updated...");
        }
        if (available < desired) {
            return Health.progressing("Waiting for daemon set " + name + " rollout to finish: " + available + " of "
                    + desired + " updated pods are available...");
        }
        return Health.of(HealthStatus.HEALTHY);
    }

    static Health replicaSet(Fields r) {
        if (r.integer("metadata.generation") > r.integer("status.observedGeneration")) {
            return Health.progressing("Waiting for rollout to finish: observed replica set generation less than desired generation");
        }
        Optional<Fields> failure = r.condition("status.conditions", "ReplicaFailure");
        if (failure.isPresent() && failure.get().text("status").equals("True")) {
            return Health.degraded(failure.get().text("message"));
        }
        Optional<Long> wanted = r.optionalInteger("spec.replicas");
        long available = r.integer("status.availableReplicas");
        if (wanted.isPresent() && available < wanted.get()) {
            return Health.progressing("Waiting for rollout to finish: " + available + " out of " + wanted.get()
                    + " new replicas are available...");
        }
        return Health.of(HealthStatus.HEALTHY);
    }

    /** Go's {@code %q} for the plain names Kubernetes allows: the text in double quotes. */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
