package dev.windlass.sandbox.defaults;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Meta;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The defaults of Jobs and CronJobs. A Job gets one completion and parallelism 1 when neither is
 * set, six retries, NonIndexed completion, not suspended, {@code manualSelector: false} and
 * {@code podReplacementPolicy: TerminatingOrFailed} ({@code Failed} with a pod failure policy).
 * On create, unless {@code manualSelector} is true, the server picks the selector: the template
 * gets the job-name and controller-uid labels and the selector matches the uid. A Job without
 * labels takes its template's. A CronJob gets {@code concurrencyPolicy: Allow}, not suspended,
 * and history limits 3 and 1; its job template gets pod defaults only.
 */
final class BatchDefaults {

    static final String CONTROLLER_UID = "batch.kubernetes.io/controller-uid";
    static final String JOB_NAME = "batch.kubernetes.io/job-name";
    static final String LEGACY_CONTROLLER_UID = "controller-uid";
    static final String LEGACY_JOB_NAME = "job-name";
    private static final long INDEX_BACKOFF = Integer.MAX_VALUE;

    private BatchDefaults() {
    }

    static MapNode job(MapNode job, boolean create) {
        MapNode clientTemplateLabels = templateLabels(job);
        MapNode result = Fill.struct(job, "spec", BatchDefaults::jobSpec);
        if (create && !manualSelector(result)) {
            result = generateSelector(result);
        }
        MapNode metadata = Meta.of(result);
        if (metadata.getMap("labels").filter(l -> !l.isEmpty()).isPresent()) {
            return result;
        }
        MapNode labels = clientTemplateLabels.isEmpty() ? templateLabels(result) : clientTemplateLabels;
        return labels.isEmpty() ? result : result.with("metadata", metadata.with("labels", labels));
    }

    static MapNode cronJob(MapNode cronJob) {
        return Fill.struct(cronJob, "spec", spec -> {
            MapNode result = Fill.zero(spec, "concurrencyPolicy", "Allow");
            result = Fill.absent(result, "suspend", Node.of(false));
            result = Fill.struct(result, "jobTemplate", template -> Fill.struct(
                    Fill.struct(template, "metadata", TemplateMetadata::unset), "spec",
                    jobSpec -> Fill.struct(jobSpec, "template", PodSpecDefaults::template)));
            result = Fill.absent(result, "successfulJobsHistoryLimit", 3);
            return Fill.absent(result, "failedJobsHistoryLimit", 1);
        });
    }

    private static MapNode jobSpec(MapNode spec) {
        MapNode result = spec;
        boolean neither = Fill.isZeroPointer(result, "completions") && Fill.isZeroPointer(result, "parallelism");
        result = Fill.absent(result, "parallelism", 1);
        if (neither) {
            result = Fill.absent(result, "completions", 1);
        }
        boolean perIndex = !Fill.isZeroPointer(result, "backoffLimitPerIndex");
        result = Fill.absent(result, "backoffLimit", perIndex ? INDEX_BACKOFF : 6);
        result = Fill.child(result, "podFailurePolicy", policy -> Fill.eachItem(policy, "rules",
                rule -> Fill.eachItem(rule, "onPodConditions", pattern -> Fill.zero(pattern, "status", "True"))));
        result = Fill.absent(result, "manualSelector", Node.of(false));
        result = Fill.struct(result, "template", PodSpecDefaults::template);
        result = Fill.absent(result, "completionMode", "NonIndexed");
        result = Fill.absent(result, "suspend", Node.of(false));
        boolean failurePolicy = !Fill.isZeroPointer(result, "podFailurePolicy");
        return Fill.absent(result, "podReplacementPolicy", failurePolicy ? "Failed" : "TerminatingOrFailed");
    }

    private static boolean manualSelector(MapNode job) {
        return job.getMap("spec").flatMap(s -> s.get("manualSelector"))
                .filter(n -> n instanceof BoolNode b && b.value()).isPresent();
    }

    /** Template labels naming the job and its uid (client values kept), and a selector on the uid. */
    private static MapNode generateSelector(MapNode job) {
        String uid = Meta.uid(job);
        Map<String, String> generated = new LinkedHashMap<>();
        generated.put(CONTROLLER_UID, uid);
        generated.put(JOB_NAME, Meta.name(job));
        generated.put(LEGACY_CONTROLLER_UID, uid);
        generated.put(LEGACY_JOB_NAME, Meta.name(job));
        return Fill.child(job, "spec", spec -> {
            MapNode result = Fill.struct(spec, "template", template -> Fill.struct(template, "metadata",
                    metadata -> Fill.struct(metadata, "labels", labels -> {
                        MapNode filled = labels;
                        for (Map.Entry<String, String> label : generated.entrySet()) {
                            filled = Fill.absent(filled, label.getKey(), label.getValue());
                        }
                        return filled;
                    })));
            return Fill.struct(result, "selector", selector -> Fill.struct(selector, "matchLabels",
                    match -> Fill.absent(match, CONTROLLER_UID, uid)));
        });
    }

    private static MapNode templateLabels(MapNode job) {
        return job.getMap("spec").flatMap(s -> s.getMap("template")).flatMap(t -> t.getMap("metadata"))
                .flatMap(m -> m.getMap("labels")).orElse(MapNode.empty());
    }
}
