package dev.windlass.sandbox.table;

import dev.windlass.model.tree.MapNode;
import java.time.Instant;
import java.util.List;

/** Columns of the apps and batch workloads: Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob. */
final class WorkloadPrinters {

    private static final Column CONTAINERS = Column.wide("Containers", "Names of each container in the template.");
    private static final Column IMAGES = Column.wide("Images", "Images referenced by each container in the template.");
    private static final Column SELECTOR = Column.wide("Selector", "A label query over pods that should match the"
            + " replica count.");

    static final Printer DEPLOYMENT = new Printer(List.of(Column.NAME,
            Column.string("Ready", "Number of the pod with ready state"),
            Column.string("Up-to-date", "Total number of non-terminated pods targeted by this deployment that"
                    + " have the desired template spec."),
            Column.string("Available", "Total number of available pods (ready for at least minReadySeconds)"
                    + " targeted by this deployment."),
            Column.AGE, CONTAINERS, IMAGES, SELECTOR), WorkloadPrinters::deployment);

    static final Printer REPLICA_SET = new Printer(List.of(Column.NAME,
            Column.integer("Desired", "Replicas is the number of desired replicas."),
            Column.integer("Current", "Replicas is the most recently observed number of replicas."),
            Column.integer("Ready", "The number of ready replicas for this replica set."),
            Column.AGE, CONTAINERS, IMAGES, SELECTOR), WorkloadPrinters::replicaSet);

    static final Printer STATEFUL_SET = new Printer(List.of(Column.NAME,
            Column.string("Ready", "Number of the pod with ready state"),
            Column.AGE, CONTAINERS, IMAGES), WorkloadPrinters::statefulSet);

    static final Printer DAEMON_SET = new Printer(List.of(Column.NAME,
            Column.integer("Desired", "The total number of nodes that should be running the daemon pod."),
            Column.integer("Current", "The number of nodes that are running at least 1 daemon pod and are"
                    + " supposed to run the daemon pod."),
            Column.integer("Ready", "The number of nodes that should be running the daemon pod and have one or"
                    + " more of the daemon pod running and ready."),
            Column.integer("Up-to-date", "The total number of nodes that are running updated daemon pod"),
            Column.integer("Available", "The number of nodes that should be running the daemon pod and have one"
                    + " or more of the daemon pod running and available."),
            Column.string("Node Selector", "NodeSelector is a selector which must be true for the pod to fit on"
                    + " a node."),
            Column.AGE, CONTAINERS, IMAGES, SELECTOR), WorkloadPrinters::daemonSet);

    static final Printer JOB = new Printer(List.of(Column.NAME,
            Column.string("Status", "Status of the job."),
            Column.string("Completions", "The number of pods which reached phase Succeeded."),
            Column.string("Duration", "Time required to complete the job."),
            Column.AGE, CONTAINERS, IMAGES, SELECTOR), WorkloadPrinters::job);

    static final Printer CRON_JOB = new Printer(List.of(Column.NAME,
            Column.string("Schedule", "The schedule in Cron format."),
            Column.string("Timezone", "The time zone name for the given schedule."),
            new Column("Suspend", "boolean", "", "This flag tells the controller to suspend subsequent"
                    + " executions.", 0),
            Column.integer("Active", "A list of pointers to currently running jobs."),
            Column.string("Last Schedule", "Information when was the last time the job was successfully"
                    + " scheduled."),
            Column.AGE, CONTAINERS, IMAGES, SELECTOR), WorkloadPrinters::cronJob);

    private WorkloadPrinters() {
    }

    private static Row deployment(MapNode d, Instant now) {
        String[] containers = template(d);
        String selector = Selectors.render(Fields.at(d, "spec", "selector")).orElse("<invalid>");
        return Row.of(Fields.name(d), ready(d, "readyReplicas"), Fields.integer(d, "status", "updatedReplicas"),
                Fields.integer(d, "status", "availableReplicas"), Fields.age(d, now), containers[0], containers[1],
                selector);
    }

    private static Row replicaSet(MapNode rs, Instant now) {
        String[] containers = template(rs);
        return Row.of(Fields.name(rs), replicas(rs), Fields.integer(rs, "status", "replicas"),
                Fields.integer(rs, "status", "readyReplicas"), Fields.age(rs, now), containers[0], containers[1],
                Selectors.format(Fields.at(rs, "spec", "selector")));
    }

    private static Row statefulSet(MapNode sts, Instant now) {
        String[] containers = template(sts);
        return Row.of(Fields.name(sts), ready(sts, "readyReplicas"), Fields.age(sts, now), containers[0],
                containers[1]);
    }

    private static Row daemonSet(MapNode ds, Instant now) {
        String[] containers = template(ds);
        return Row.of(Fields.name(ds), Fields.integer(ds, "status", "desiredNumberScheduled"),
                Fields.integer(ds, "status", "currentNumberScheduled"), Fields.integer(ds, "status", "numberReady"),
                Fields.integer(ds, "status", "updatedNumberScheduled"), Fields.integer(ds, "status", "numberAvailable"),
                Fields.formatLabels(Fields.map(ds, "spec", "template", "spec", "nodeSelector")), Fields.age(ds, now),
                containers[0], containers[1], Selectors.format(Fields.at(ds, "spec", "selector")));
    }

    private static Row job(MapNode job, Instant now) {
        long succeeded = Fields.integer(job, "status", "succeeded");
        String completions;
        if (Fields.optInteger(job, "spec", "completions").isPresent()) {
            completions = succeeded + "/" + Fields.integer(job, "spec", "completions");
        } else {
            long parallelism = Fields.integer(job, "spec", "parallelism");
            completions = parallelism > 1 ? succeeded + "/1 of " + parallelism : succeeded + "/1";
        }
        Instant start = Fields.time(job, "status", "startTime");
        Instant completion = Fields.time(job, "status", "completionTime");
        String duration = start == null ? "" : HumanDuration.since(start, completion == null ? now : completion);
        String[] containers = Fields.containerCells(Fields.maps(job, "spec", "template", "spec", "containers"));
        return Row.of(Fields.name(job), jobStatus(job), completions, duration, Fields.age(job, now), containers[0],
                containers[1], Selectors.format(Fields.at(job, "spec", "selector")));
    }

    /** The 1.31 STATUS column: Complete, Failed, Terminating, Suspended, FailureTarget or Running. */
    static String jobStatus(MapNode job) {
        if (jobCondition(job, "Complete")) {
            return "Complete";
        }
        if (jobCondition(job, "Failed")) {
            return "Failed";
        }
        if (Fields.deleting(job)) {
            return "Terminating";
        }
        if (jobCondition(job, "Suspended")) {
            return "Suspended";
        }
        return jobCondition(job, "FailureTarget") ? "FailureTarget" : "Running";
    }

    private static boolean jobCondition(MapNode job, String type) {
        for (MapNode condition : Fields.maps(job, "status", "conditions")) {
            if (type.equals(Fields.text(condition, "type"))) {
                return "True".equals(Fields.text(condition, "status"));
            }
        }
        return false;
    }

    private static Row cronJob(MapNode cj, Instant now) {
        Instant last = Fields.time(cj, "status", "lastScheduleTime");
        String suspend = Fields.optBool(cj, "spec", "suspend").map(b -> b ? "True" : "False").orElse("<unset>");
        MapNode jobSpec = Fields.map(cj, "spec", "jobTemplate", "spec");
        String[] containers = Fields.containerCells(Fields.maps(jobSpec, "template", "spec", "containers"));
        return Row.of(Fields.name(cj), Fields.text(cj, "spec", "schedule"),
                Fields.optText(cj, "spec", "timeZone").orElse("<none>"), suspend,
                (long) Fields.list(cj, "status", "active").size(), last == null ? "<none>" : Fields.since(last, now),
                Fields.age(cj, now), containers[0], containers[1], Selectors.format(Fields.at(jobSpec, "selector")));
    }

    /** {@code ready/desired}, with an unset {@code spec.replicas} read as its default of 1. */
    private static String ready(MapNode object, String readyField) {
        return Fields.integer(object, "status", readyField) + "/" + replicas(object);
    }

    private static long replicas(MapNode object) {
        return Fields.optInteger(object, "spec", "replicas").orElse(1L);
    }

    private static String[] template(MapNode object) {
        return Fields.containerCells(Fields.maps(object, "spec", "template", "spec", "containers"));
    }
}
