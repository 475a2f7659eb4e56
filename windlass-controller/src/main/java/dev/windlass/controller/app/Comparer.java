package dev.windlass.controller.app;

import dev.windlass.controller.source.BuildEnvironment;
import dev.windlass.controller.source.ChartFetcher;
import dev.windlass.controller.source.FetchedChart;
import dev.windlass.controller.source.ManifestGenerator;
import dev.windlass.controller.source.SourceCache;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterReader;
import dev.windlass.engine.diff.DiffOptions;
import dev.windlass.engine.diff.Differ;
import dev.windlass.engine.diff.IgnoreDifference;
import dev.windlass.engine.diff.ResourceDiff;
import dev.windlass.engine.health.Health;
import dev.windlass.engine.health.HealthAssessor;
import dev.windlass.engine.source.FetchedSource;
import dev.windlass.engine.source.SourceException;
import dev.windlass.engine.sync.SyncHints;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.render.RenderResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The refresh half of the Application controller: fetch the source, render it, prepare the targets,
 * read the live objects from the cluster cache, diff and assess health. Every failure becomes a
 * {@code ComparisonError} issue that names the repository, file or object and what to do.
 */
public final class Comparer {

    private static final dev.windlass.model.GroupVersionKind NAMESPACE = new dev.windlass.model.GroupVersionKind("", "v1", "Namespace");

    private final SourceCache sources;
    private final ChartFetcher charts;
    private final ManifestGenerator generator;
    private final ClusterReader cluster;
    private final TargetObjects targets;
    private final Tracking tracking;

    /** A comparer whose Helm repository sources fail: no chart client is configured. */
    public Comparer(SourceCache sources, ManifestGenerator generator, ClusterReader cluster, Tracking tracking) {
        this(sources, ChartFetcher.NOT_CONFIGURED, generator, cluster, tracking);
    }

    /** A comparer that pulls the charts of Helm repository sources through {@code charts}. */
    public Comparer(SourceCache sources, ChartFetcher charts, ManifestGenerator generator, ClusterReader cluster,
            Tracking tracking) {
        this.sources = sources;
        this.charts = charts;
        this.generator = generator;
        this.cluster = cluster;
        this.tracking = tracking;
        this.targets = new TargetObjects(cluster, tracking);
    }

    /**
     * Compares {@code spec} at {@code revision} (the target revision unless an operation names another)
     * with the cluster; {@code forceFetch} asks the remote even when a fresh answer is cached.
     */
    public Comparison compare(String instance, ApplicationSpec spec, String revision, boolean forceFetch) {
        ApplicationSource source = spec.source();
        FetchedSource fetched;
        RenderResult rendered;
        try {
            if (source.isChart()) {
                FetchedChart chart = charts.fetch(source.repoURL(), source.chart(), revision,
                        source.helm().passCredentials());
                fetched = new FetchedSource(source.repoURL(), chart.version(), "", Instant.EPOCH, "",
                        MemorySnapshot.builder(chart.version()).build());
                rendered = generator.generateChart(environment(instance, spec, chart.version()).apply(source), chart,
                        appName(instance), spec.destination().namespace());
            } else {
                fetched = sources.fetch(source.repoURL(), revision, forceFetch);
                rendered = generator.generate(environment(instance, spec, fetched.revision()).apply(source), fetched,
                        appName(instance), spec.destination().namespace());
            }
        } catch (SourceException e) {
            return Comparison.failed(Optional.empty(), List.of(Issue.error(TargetObjects.COMPARISON_ERROR,
                    Location.nowhere(), "Failed to load target state: " + e.getMessage())));
        }
        if (rendered.hasErrors()) {
            return Comparison.failed(Optional.of(fetched), rendered.issues());
        }
        try {
            return compareWithCluster(instance, spec, fetched, rendered);
        } catch (ClusterException e) {
            return Comparison.failed(Optional.of(fetched), List.of(Issue.error(TargetObjects.COMPARISON_ERROR,
                    Location.nowhere(), "Failed to read the cluster: " + e.getMessage())));
        }
    }

    /**
     * Argo CD's build environment for the application: its instance name ({@code namespace_name}
     * outside the controller's namespace) and its destination namespace, as the repo server sets them.
     */
    private static BuildEnvironment environment(String instance, ApplicationSpec spec, String revision) {
        return BuildEnvironment.of(instance, spec.destination().namespace(), revision, spec.source());
    }

    /** The application's name from its instance name ({@code name}, or {@code namespace_name}). */
    private static String appName(String instance) {
        int underscore = instance.indexOf('_');
        return underscore < 0 ? instance : instance.substring(underscore + 1);
    }

    /** Whether {@code namespace} exists (asked once per compare); objects in a missing one cannot exist. */
    private boolean exists(String namespace, Map<String, Boolean> known) throws ClusterException {
        if (namespace.isEmpty()) {
            return true;
        }
        Boolean exists = known.get(namespace);
        if (exists == null) {
            exists = cluster.get(NAMESPACE, "", namespace).isPresent();
            known.put(namespace, exists);
        }
        return exists;
    }

    /**
     * The live object a target names; none when the cluster does not serve its kind yet (a custom
     * resource whose CRD or ConstraintTemplate the same sync applies: the comparison already warns).
     */
    private Optional<KubeObject> existing(KubeObject target) throws ClusterException {
        try {
            return cluster.get(target.gvk(), target.namespace(), target.name());
        } catch (ClusterException e) {
            if (e.reason() == ClusterException.Reason.UNKNOWN_KIND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Hooks and skipped objects are run by syncs but never compared, as in Argo CD. */
    private static boolean isCompared(KubeObject object) {
        SyncHints hints = SyncHints.of(object).value();
        return hints == null || hints.role() == SyncHints.Role.RESOURCE;
    }

    private Comparison compareWithCluster(String instance, ApplicationSpec spec, FetchedSource fetched,
            RenderResult rendered) throws ClusterException {
        List<Issue> issues = new ArrayList<>(rendered.issues());
        Result<List<KubeObject>> prepared = targets.prepare(rendered.objects(), instance, spec.destination().namespace());
        issues.addAll(prepared.issues());
        Result<List<IgnoreDifference>> ignore = IgnoreDifference.parse(spec.ignoreDifferences());
        issues.addAll(ignore.issues());
        Map<ResourceKey, KubeObject> live = new LinkedHashMap<>();
        for (KubeObject object : cluster.tracked(instance)) {
            live.put(object.key(), object);
        }
        Map<String, Boolean> namespaceExists = new HashMap<>();
        for (KubeObject target : prepared.value()) {
            if (live.containsKey(target.key()) || !exists(target.namespace(), namespaceExists)) {
                continue;
            }
            // an object Git renders may exist without this application's mark (created by hand, or by
            // another tool): it is compared, and adopted by the next sync
            existing(target).ifPresent(existing -> live.put(existing.key(), existing));
        }
        Differ differ = Differ.create(new DiffOptions(ignore.value() == null ? List.of() : ignore.value()));
        List<ResourceDiff> diffs = new ArrayList<>();
        Map<ResourceKey, KubeObject> targetsByKey = new LinkedHashMap<>();
        for (KubeObject target : prepared.value()) {
            targetsByKey.put(target.key(), target);
            if (isCompared(target)) {
                diffs.add(differ.diff(target, live.get(target.key())));
            }
        }
        for (KubeObject object : live.values()) {
            if (!targetsByKey.containsKey(object.key()) && tracking.isTrackedBy(object, instance) && isCompared(object)) {
                diffs.add(differ.diff(null, object));
            }
        }
        diffs.sort((a, b) -> a.key().compareTo(b.key()));
        Map<ResourceKey, Health> health = new HashMap<>();
        for (KubeObject object : live.values()) {
            HealthAssessor.assess(object).ifPresent(h -> health.put(object.key(), h));
        }
        return new Comparison(Optional.of(fetched), prepared.value(), live, diffs, health, issues);
    }
}
