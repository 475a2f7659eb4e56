package dev.windlass.engine.diff;

import dev.windlass.model.GroupKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Argo CD's diff stage as a pure function: compares one object from Git (the target) with its
 * live counterpart and answers the {@link ResourceDiff} behind {@code argocd app diff} and the
 * Synced/OutOfSync status.
 *
 * <p>Both sides are first normalised ({@link Normalizer}: server-populated fields and status
 * stripped, quantities and numbers canonical, Secret {@code stringData} folded into {@code data}),
 * then the matching {@code ignoreDifferences} rules remove their fields from both, then Secret
 * values are masked. Only the fields the target sets are compared ({@link TreeComparer}).
 * Thread-safe and reusable.
 *
 * <pre>{@code
 * Differ differ = Differ.create(new DiffOptions(ignoreDifferences));
 * ResourceDiff diff = differ.diff(manifest, liveObject);
 * if (!diff.inSync()) System.out.print(diff.unified());
 * }</pre>
 */
public final class Differ {

    private final List<IgnoreRule> rules;

    private Differ(List<IgnoreRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Differ create(DiffOptions options) {
        return new Differ(options.ignoreDifferences().stream().map(IgnoreRule::compile).toList());
    }

    /**
     * Compares {@code target} (the manifest, null when no longer in Git) with {@code live} (null
     * when not in the cluster).
     *
     * @throws IllegalArgumentException when both are null, or when they are not the same object
     *                                  (group, kind, name, or two different namespaces)
     */
    public ResourceDiff diff(KubeObject target, KubeObject live) {
        ResourceKey key = keyOf(target, live);
        GroupKind kind = key.groupKind();
        List<IgnoreRule> matching = rules.stream().filter(rule -> rule.definition().matches(key)).toList();
        OwnedFields owned = OwnedFields.of(live == null ? null : live.content(), managers(matching));
        MapNode normalizedTarget = target == null ? null : prepare(target.content(), kind, matching);
        MapNode normalizedLive = live == null ? null : prepare(live.content(), kind, matching);
        if (Normalizer.isSecret(kind)) {
            MapNode[] masked = SecretMasker.mask(normalizedTarget, normalizedLive);
            normalizedTarget = masked[0];
            normalizedLive = masked[1];
        }
        if (normalizedTarget == null) {
            return new ResourceDiff(key, DiffStatus.EXTRA,
                    List.of(new FieldDifference(FieldPath.root(), normalizedLive, null)), normalizedLive, null);
        }
        if (normalizedLive == null) {
            return new ResourceDiff(key, DiffStatus.MISSING,
                    List.of(new FieldDifference(FieldPath.root(), null, normalizedTarget)), null, normalizedTarget);
        }
        TreeComparer.Outcome outcome = TreeComparer.compare(kind, normalizedTarget, normalizedLive, owned);
        DiffStatus status = outcome.differences().isEmpty() ? DiffStatus.SYNCED : DiffStatus.OUT_OF_SYNC;
        return new ResourceDiff(key, status, outcome.differences(), normalizedLive, outcome.predicted());
    }

    private static MapNode prepare(MapNode object, GroupKind kind, List<IgnoreRule> matching) {
        Node result = Normalizer.normalize(object, kind);
        boolean removed = false;
        for (IgnoreRule rule : matching) {
            result = rule.removeFrom(result);
            removed = removed || rule.removesFields();
        }
        if (removed) {
            result = TreeRemoval.pruneEmpty(result);
        }
        return result instanceof MapNode map ? map : MapNode.empty();
    }

    private static Set<String> managers(List<IgnoreRule> matching) {
        Set<String> managers = new LinkedHashSet<>();
        matching.forEach(rule -> managers.addAll(rule.definition().managedFieldsManagers()));
        return managers;
    }

    private static ResourceKey keyOf(KubeObject target, KubeObject live) {
        if (target == null && live == null) {
            throw new IllegalArgumentException("diff needs a target or a live object; both are null");
        }
        if (target == null || live == null) {
            return (target == null ? live : target).key();
        }
        ResourceKey t = target.key();
        ResourceKey l = live.key();
        boolean namespacesAgree = t.namespace().isEmpty() || l.namespace().isEmpty() || t.namespace().equals(l.namespace());
        if (!t.group().equals(l.group()) || !t.kind().equals(l.kind()) || !t.name().equals(l.name()) || !namespacesAgree) {
            throw new IllegalArgumentException("cannot diff " + t.describe() + " against " + l.describe()
                    + ": they are different objects; pair each manifest with the live object of the same key");
        }
        return l.namespace().isEmpty() ? t : l;
    }
}
