package dev.windlass.controller.app;

import dev.windlass.engine.diff.DiffStatus;
import dev.windlass.engine.diff.ResourceDiff;
import dev.windlass.engine.health.Health;
import dev.windlass.engine.health.HealthStatus;
import dev.windlass.engine.source.FetchedSource;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Git wants compared with what the cluster has, for one application at one revision: the
 * outcome of a refresh, from which the status's {@code sync}, {@code health}, {@code resources} and
 * conditions are written and the sync plan is made.
 *
 * @param source  the fetched revision; empty when fetching or rendering failed
 * @param targets the desired objects, prepared and tracking-marked, in render order
 * @param live    the live objects by key: tracked ones plus pre-existing objects with a target's key
 * @param diffs   one diff per target and per tracked live object Git no longer renders, sorted by key
 * @param health  the health of each live object that has a health check
 * @param issues  ComparisonError issues (errors mean the comparison could not be made)
 */
public record Comparison(Optional<FetchedSource> source, List<KubeObject> targets, Map<ResourceKey, KubeObject> live,
        List<ResourceDiff> diffs, Map<ResourceKey, Health> health, List<Issue> issues) {

    public Comparison {
        targets = List.copyOf(targets);
        live = Map.copyOf(live);
        diffs = List.copyOf(diffs);
        health = Map.copyOf(health);
        issues = List.copyOf(issues);
    }

    /** A comparison that could not be made. */
    public static Comparison failed(Optional<FetchedSource> source, List<Issue> issues) {
        return new Comparison(source, List.of(), Map.of(), List.of(), Map.of(), issues);
    }

    /** True when fetching, rendering or reading the cluster failed. */
    public boolean failed() {
        return source.isEmpty() || issues.stream().anyMatch(Issue::isError);
    }

    /** Argo CD's {@code sync.status}: Synced, OutOfSync, or Unknown when the comparison failed. */
    public String syncStatus() {
        if (failed()) {
            return "Unknown";
        }
        return diffs.stream().allMatch(ResourceDiff::inSync) ? "Synced" : "OutOfSync";
    }

    /** The keys of objects that are not in sync (missing, different, or requiring pruning). */
    public Set<ResourceKey> outOfSync() {
        Set<ResourceKey> keys = new LinkedHashSet<>();
        for (ResourceDiff diff : diffs) {
            if (!diff.inSync()) {
                keys.add(diff.key());
            }
        }
        return keys;
    }

    /** The tracked live objects Git no longer renders. */
    public List<KubeObject> extras() {
        List<KubeObject> extras = new ArrayList<>();
        for (ResourceDiff diff : diffs) {
            if (diff.status() == DiffStatus.EXTRA && live.containsKey(diff.key())) {
                extras.add(live.get(diff.key()));
            }
        }
        return extras;
    }

    /** The health of one target: Missing when it does not exist, empty when its kind has no check. */
    public Optional<Health> healthOf(ResourceKey key) {
        if (!live.containsKey(key)) {
            return Optional.of(Health.of(HealthStatus.MISSING));
        }
        return Optional.ofNullable(health.get(key));
    }

    /**
     * The application's health: the worst of its compared targets' health (hooks and objects that only
     * wait to be pruned do not count, as in Argo CD); Healthy when nothing has a health check; Unknown when the comparison failed.
     */
    public HealthStatus applicationHealth() {
        if (failed()) {
            return HealthStatus.UNKNOWN;
        }
        List<HealthStatus> statuses = new ArrayList<>();
        for (ResourceDiff diff : diffs) {
            if (diff.status() != DiffStatus.EXTRA) {
                healthOf(diff.key()).ifPresent(health -> statuses.add(health.status()));
            }
        }
        return statuses.isEmpty() ? HealthStatus.HEALTHY : HealthStatus.worst(statuses);
    }
}
