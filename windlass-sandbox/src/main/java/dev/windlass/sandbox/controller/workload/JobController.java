package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.DeleteOptions;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.controller.events.ClusterEvents;
import dev.windlass.sandbox.store.ObjectKey;
import java.util.List;

/**
 * kube-controller-manager's Job controller, simply: keeps up to {@code parallelism} pods running
 * until {@code completions} pods succeeded (the kubelet finishes a Job's pods after the ready
 * delay), then sets {@code SuccessCriteriaMet} and {@code Complete} (reason CompletionsReached) and
 * {@code completionTime}, as Kubernetes 1.31 does. Once more pods failed than
 * {@code backoffLimit} (default 6) it sets {@code FailureTarget} and {@code Failed} (reason
 * BackoffLimitExceeded). Failed pods are replaced at once, without the real exponential back-off.
 * {@code suspend: true} removes active pods and sets {@code Suspended}.
 */
final class JobController extends Reconciler {

    JobController() {
        super(Kinds.JOB, "job");
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return Kinds.JOB.is(key) || Kinds.POD.is(key);
    }

    @Override
    void reconcile(MapNode job, ControllerContext context) {
        MapNode old = Trees.map(job, "status");
        if (Conditions.isTrue(old, "Complete") || Conditions.isTrue(old, "Failed")) {
            return;
        }
        ObjectService api = context.api();
        List<MapNode> pods = Pods.ownedBy(api, job);
        long succeeded = Math.max(Trees.integer(old, 0, "succeeded"), Pods.count(pods, p -> Pods.phase(p).equals("Succeeded")));
        long failed = Math.max(Trees.integer(old, 0, "failed"), Pods.count(pods, p -> Pods.phase(p).equals("Failed")));
        List<MapNode> active = pods.stream().filter(Pods::active).toList();
        String now = Meta.timestamp(context.clock().instant());
        JobOutcome outcome = outcome(job, succeeded, failed, active.size());
        long wanted = outcome == JobOutcome.RUNNING ? wantedActive(job, succeeded) : 0;
        for (long i = active.size(); i < wanted; i++) {
            ClusterEvents.createdPod(context, "job-controller", job,
                    api.create(Kinds.POD.in(api), Meta.namespace(job), pod(job), writeOptions()));
        }
        active.stream().skip(wanted).forEach(pod ->
                api.delete(Kinds.POD.in(api), Meta.namespace(pod), Meta.name(pod), DeleteOptions.DEFAULT));
        active = Pods.ownedBy(api, job).stream().filter(Pods::active).toList();
        MapNode.Builder status = MapNode.builder();
        status.put("startTime", old.get("startTime").orElse(Node.of(now)));
        old.get("completionTime").ifPresent(t -> status.put("completionTime", t));
        if (outcome == JobOutcome.COMPLETE) {
            status.put("completionTime", Node.of(now));
        }
        status.put("active", Node.of((long) active.size())).put("ready", Node.of(Pods.count(active, Pods::ready)))
                .put("succeeded", Node.of(succeeded)).put("failed", Node.of(failed))
                .put("terminating", Node.of(0L)).put("uncountedTerminatedPods", MapNode.empty())
                .put("conditions", conditions(job, old, outcome, now));
        MapNode result = Trees.withoutZeros(status.build(), "active", "succeeded", "failed");
        if (Trees.list(result, "conditions").isEmpty()) {
            result = result.without("conditions");
        }
        writeStatus(context, job, result);
        if (outcome == JobOutcome.COMPLETE) {
            ClusterEvents.jobCompleted(context, job);
        } else if (outcome == JobOutcome.FAILED) {
            ClusterEvents.jobFailed(context, job);
        }
    }

    private enum JobOutcome { RUNNING, SUSPENDED, COMPLETE, FAILED }

    private static JobOutcome outcome(MapNode job, long succeeded, long failed, long active) {
        if (failed > Trees.integer(job, 6, "spec", "backoffLimit")) {
            return JobOutcome.FAILED;
        }
        boolean counted = Trees.map(job, "spec").containsKey("completions");
        long completions = Trees.integer(job, 1, "spec", "completions");
        if (counted ? succeeded >= completions : succeeded >= 1 && active == 0) {
            return JobOutcome.COMPLETE;
        }
        return Trees.bool(job, "spec", "suspend") ? JobOutcome.SUSPENDED : JobOutcome.RUNNING;
    }

    private static long wantedActive(MapNode job, long succeeded) {
        long parallelism = Trees.integer(job, 1, "spec", "parallelism");
        if (!Trees.map(job, "spec").containsKey("completions")) {
            return succeeded > 0 ? 0 : parallelism;
        }
        return Math.max(0, Math.min(parallelism, Trees.integer(job, 1, "spec", "completions") - succeeded));
    }

    private static ListNode conditions(MapNode job, MapNode old, JobOutcome outcome, String now) {
        ListNode conditions = old.getList("conditions").orElse(ListNode.empty());
        List<String> times = List.of("lastProbeTime", "lastTransitionTime");
        switch (outcome) {
            case COMPLETE -> {
                String message = "Reached expected number of succeeded pods";
                conditions = Conditions.set(conditions,
                        Conditions.of("SuccessCriteriaMet", "True", "CompletionsReached", message, now, times));
                conditions = Conditions.set(conditions,
                        Conditions.of("Complete", "True", "CompletionsReached", message, now, times));
            }
            case FAILED -> {
                String message = "Job has reached the specified backoff limit";
                conditions = Conditions.set(conditions,
                        Conditions.of("FailureTarget", "True", "BackoffLimitExceeded", message, now, times));
                conditions = Conditions.set(conditions,
                        Conditions.of("Failed", "True", "BackoffLimitExceeded", message, now, times));
            }
            case SUSPENDED -> conditions = Conditions.set(conditions,
                    Conditions.of("Suspended", "True", "JobSuspended", "Job suspended", now, times));
            case RUNNING -> {
                if (Conditions.isTrue(old, "Suspended")) {
                    conditions = Conditions.set(conditions,
                            Conditions.of("Suspended", "False", "JobResumed", "Job resumed", now, times));
                }
            }
            default -> throw new IllegalStateException("unknown job outcome " + outcome);
        }
        return conditions;
    }

    private static MapNode pod(MapNode job) {
        MapNode labels = MapNode.of("batch.kubernetes.io/controller-uid", Node.of(Meta.uid(job)),
                "batch.kubernetes.io/job-name", Node.of(Meta.name(job)),
                "controller-uid", Node.of(Meta.uid(job)), "job-name", Node.of(Meta.name(job)));
        return Pods.fromTemplate(job, Kinds.JOB, Trees.map(job, "spec", "template"), labels, Meta.name(job) + "-");
    }
}
