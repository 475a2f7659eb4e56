package dev.windlass.controller.app;

import dev.windlass.engine.diff.DiffStatus;
import dev.windlass.engine.diff.ResourceDiff;
import dev.windlass.engine.health.Health;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The parts of {@code status} a refresh writes, in Argo CD's shape: {@code sync} (status, revision,
 * comparedTo), {@code health}, {@code resources[]} and {@code summary.images}.
 */
final class ComparedStatus {

    private ComparedStatus() {
    }

    static MapNode sync(Comparison comparison, ApplicationSpec spec) {
        MapNode.Builder sync = MapNode.builder().put("status", Node.of(comparison.syncStatus()));
        sync.put("comparedTo", MapNode.of("source", source(spec.source()), "destination", destination(spec.destination())));
        comparison.source().ifPresent(source -> sync.put("revision", Node.of(source.revision())));
        return sync.build();
    }

    static MapNode health(Comparison comparison) {
        return MapNode.of("status", Node.of(comparison.applicationHealth().text()));
    }

    static MapNode source(ApplicationSource source) {
        MapNode.Builder map = MapNode.builder().put("repoURL", Node.of(source.repoURL()));
        if (!source.isChart()) {
            map.put("path", Node.of(source.path().isEmpty() ? "." : source.path()));
        }
        map.put("targetRevision", Node.of(source.targetRevision()));
        if (!source.helm().equals(ApplicationSourceHelm.NONE)) {
            map.put("helm", ApplicationSourceHelmReader.node(source.helm()));
        }
        ApplicationSource.Directory directory = source.directory();
        if (!directory.equals(ApplicationSource.Directory.DEFAULT)) {
            MapNode.Builder dir = MapNode.builder();
            if (directory.recurse()) {
                dir.put("recurse", Node.of(true));
            }
            if (!directory.include().isEmpty()) {
                dir.put("include", Node.of(directory.include()));
            }
            if (!directory.exclude().isEmpty()) {
                dir.put("exclude", Node.of(directory.exclude()));
            }
            map.put("directory", dir.build());
        }
        if (source.type() == ApplicationSource.Type.KUSTOMIZE) {
            map.put("kustomize", ApplicationSourceKustomize.node(source.kustomize()));
        }
        if (source.isChart()) {
            map.put("chart", Node.of(source.chart()));
        }
        return map.build();
    }

    static MapNode destination(Destination destination) {
        MapNode.Builder map = MapNode.builder();
        if (!destination.server().isEmpty()) {
            map.put("server", Node.of(destination.server()));
        }
        if (!destination.name().isEmpty()) {
            map.put("name", Node.of(destination.name()));
        }
        if (!destination.namespace().isEmpty()) {
            map.put("namespace", Node.of(destination.namespace()));
        }
        return map.build();
    }

    /** {@code status.resources}: one entry per diff, sorted by key. */
    static ListNode resources(Comparison comparison) {
        List<Node> entries = new ArrayList<>();
        for (ResourceDiff diff : comparison.diffs()) {
            entries.add(resource(comparison, diff));
        }
        return new ListNode(entries);
    }

    private static MapNode resource(Comparison comparison, ResourceDiff diff) {
        ResourceKey key = diff.key();
        MapNode.Builder entry = MapNode.builder();
        if (!key.group().isEmpty()) {
            entry.put("group", Node.of(key.group()));
        }
        entry.put("version", Node.of(versionOf(comparison, key)));
        entry.put("kind", Node.of(key.kind()));
        if (!key.namespace().isEmpty()) {
            entry.put("namespace", Node.of(key.namespace()));
        }
        entry.put("name", Node.of(key.name()));
        entry.put("status", Node.of(diff.inSync() ? "Synced" : "OutOfSync"));
        if (diff.status() == DiffStatus.EXTRA) {
            entry.put("requiresPruning", Node.of(true));
        } else {
            comparison.healthOf(key).ifPresent(health -> entry.put("health", health(health)));
        }
        return entry.build();
    }

    static MapNode health(Health health) {
        MapNode.Builder map = MapNode.builder().put("status", Node.of(health.status().text()));
        if (!health.message().isEmpty()) {
            map.put("message", Node.of(health.message()));
        }
        return map.build();
    }

    private static String versionOf(Comparison comparison, ResourceKey key) {
        for (KubeObject target : comparison.targets()) {
            if (target.key().equals(key)) {
                return target.gvk().version();
            }
        }
        KubeObject live = comparison.live().get(key);
        return live == null ? "" : live.gvk().version();
    }

    /** {@code status.summary}: the container images of the live objects. */
    static MapNode summary(Comparison comparison) {
        TreeSet<String> images = new TreeSet<>();
        for (KubeObject live : comparison.live().values()) {
            collectImages(live.field(FieldPath.of("spec", "template", "spec")), images);
            collectImages(live.field(FieldPath.of("spec", "jobTemplate", "spec", "template", "spec")), images);
            if (live.kind().equals("Pod")) {
                collectImages(live.field(FieldPath.of("spec")), images);
            }
        }
        if (images.isEmpty()) {
            return MapNode.empty();
        }
        return MapNode.of("images", new ListNode(images.stream().map(Node::of).map(Node.class::cast).toList()));
    }

    private static void collectImages(Optional<Node> podSpec, TreeSet<String> images) {
        if (podSpec.isEmpty() || !(podSpec.get() instanceof MapNode spec)) {
            return;
        }
        for (String list : List.of("initContainers", "containers")) {
            spec.getList(list).ifPresent(containers -> containers.items().forEach(container -> {
                if (container instanceof MapNode map) {
                    map.getText("image").ifPresent(images::add);
                }
            }));
        }
    }
}
