package dev.windlass.pipelines.model;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Tekton objects a run may reference, gathered from files, a directory or a cluster:
 * Tasks, ClusterTasks, Pipelines, StepActions, and the runs themselves. Objects of other kinds
 * (ConfigMaps, Secrets ...) are kept for workspaces and env references.
 *
 * <p>Lookups are by kind, namespace and name. An object written without a namespace (common for
 * files applied with {@code kubectl apply -n}) matches a lookup in any namespace; ClusterTasks are
 * cluster-scoped and match by name alone.
 */
public final class TektonCatalog {

    private static final String GROUP = "tekton.dev";

    private final Map<CatalogKey, Entry> entries;

    private TektonCatalog(Map<CatalogKey, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** An empty catalog. */
    public static TektonCatalog empty() {
        return new TektonCatalog(Map.of());
    }

    /** Reads every Tekton object among {@code objects}; issues name the object and field; duplicates are errors. */
    public static Result<TektonCatalog> of(List<KubeObject> objects) {
        LinkedHashMap<CatalogKey, Entry> entries = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        for (KubeObject object : objects) {
            Entry entry = read(object, issues);
            CatalogKey key = CatalogKey.of(object, entries.size());
            if (entries.containsKey(key)) {
                issues.add(Issue.error(ModelCodes.DUPLICATE, object.locate(FieldPath.of("metadata", "name")),
                        "duplicate " + object.kind() + " \"" + object.name() + "\"" + where(object)
                                + "; each object may be given once, remove or rename one of them"));
            }
            entries.put(key, entry);
        }
        return Result.of(new TektonCatalog(entries), issues);
    }

    /** A catalog with {@code more} objects added (later objects replace earlier ones of the same key). */
    public Result<TektonCatalog> with(List<KubeObject> more) {
        LinkedHashMap<CatalogKey, Entry> merged = new LinkedHashMap<>(entries);
        List<Issue> issues = new ArrayList<>();
        for (KubeObject object : more) {
            merged.put(CatalogKey.of(object, merged.size()), read(object, issues));
        }
        return Result.of(new TektonCatalog(merged), issues);
    }

    /** The Task (kind {@code Task}, in {@code namespace} or without one) or ClusterTask named. */
    public Optional<Task> task(TaskKind kind, String namespace, String name) {
        if (kind == TaskKind.CLUSTER_TASK) {
            return entries.values().stream().filter(e -> e.value() instanceof Task t && t.kind() == kind
                    && e.object().name().equals(name)).map(e -> (Task) e.value()).findFirst();
        }
        return lookup(TaskKind.TASK.text(), namespace, name, true).map(e -> (Task) e.value());
    }

    /** The Pipeline named. */
    public Optional<Pipeline> pipeline(String namespace, String name) {
        return lookup("Pipeline", namespace, name, true).map(e -> (Pipeline) e.value());
    }

    /** The StepAction named. */
    public Optional<StepAction> stepAction(String namespace, String name) {
        return lookup("StepAction", namespace, name, true).map(e -> (StepAction) e.value());
    }

    /** The PipelineRuns, in the order read. */
    public List<PipelineRun> pipelineRuns() {
        return values(PipelineRun.class);
    }

    /** The TaskRuns, in the order read. */
    public List<TaskRun> taskRuns() {
        return values(TaskRun.class);
    }

    /** The Tasks and ClusterTasks, in the order read. */
    public List<Task> tasks() {
        return values(Task.class);
    }

    /** The Pipelines, in the order read. */
    public List<Pipeline> pipelines() {
        return values(Pipeline.class);
    }

    /** Any object by kind, namespace and name (ConfigMaps and Secrets for workspaces and env). */
    public Optional<KubeObject> object(String kind, String namespace, String name) {
        return lookup(kind, namespace, name, false).map(Entry::object);
    }

    /** Every object, in the order read. */
    public List<KubeObject> objects() {
        List<KubeObject> out = new ArrayList<>();
        entries.values().forEach(e -> out.add(e.object()));
        return out;
    }

    private <T> List<T> values(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (type.isInstance(entry.value())) {
                out.add(type.cast(entry.value()));
            }
        }
        return out;
    }

    private Optional<Entry> lookup(String kind, String namespace, String name, boolean tekton) {
        String ns = namespace == null ? "" : namespace;
        Entry unnamespaced = null;
        Entry elsewhere = null;
        for (Map.Entry<CatalogKey, Entry> item : entries.entrySet()) {
            CatalogKey key = item.getKey();
            if (!key.kind().equals(kind) || !key.name().equals(name) || (tekton && !key.group().equals(GROUP))) {
                continue;
            }
            if (key.namespace().equals(ns)) {
                return Optional.of(item.getValue());
            }
            if (key.namespace().isEmpty() && unnamespaced == null) {
                unnamespaced = item.getValue();
            }
            if (ns.isEmpty() && elsewhere == null) {
                elsewhere = item.getValue();
            }
        }
        return Optional.ofNullable(unnamespaced != null ? unnamespaced : elsewhere);
    }

    private static Entry read(KubeObject object, List<Issue> issues) {
        if (!object.groupKind().group().equals(GROUP)) {
            return new Entry(object, object);
        }
        Function<KubeObject, Result<?>> reader = reader(object.kind());
        if (reader == null) {
            if (object.kind().equals("PipelineResource")) {
                Reading reading = new Reading(object);
                Unsupported.pipelineResources(reading, FieldPath.of("kind"));
                issues.addAll(reading.issues());
            }
            return new Entry(object, object);
        }
        Result<?> result = reader.apply(object);
        issues.addAll(result.issues());
        return new Entry(object, result.value());
    }

    private static Function<KubeObject, Result<?>> reader(String kind) {
        switch (kind) {
            case "Task":
            case "ClusterTask":
                return TektonReader::task;
            case "Pipeline":
                return TektonReader::pipeline;
            case "PipelineRun":
                return TektonReader::pipelineRun;
            case "TaskRun":
                return TektonReader::taskRun;
            case "StepAction":
                return TektonReader::stepAction;
            default:
                return null;
        }
    }

    private static String where(KubeObject object) {
        return object.namespace().isEmpty() ? "" : " in namespace " + object.namespace();
    }

    /** An object with what was read from it (a Task, Pipeline ... or the object itself). */
    private record Entry(KubeObject object, Object value) {
    }
}
