package dev.windlass.engine.sync;

import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything sync planning reads, as values.
 *
 * @param targets          desired objects, already rendered, namespaced and tracking-marked
 * @param live             the live objects the application tracks
 * @param outOfSync        keys of objects whose live state differs from the desired one
 * @param options          the Application's sync options
 * @param prune            true when extra objects may be pruned ({@code automated.prune} or the manual flag)
 * @param namespace        the destination namespace ({@code ""} when none)
 * @param dryRun           true for a dry-run sync
 * @param revision         the revision being synced; hook names from {@code generateName} use its first 7 characters
 * @param startedAt        when the operation started; hook names from {@code generateName} use its epoch second
 * @param pruneConfirmed   true when the Application's {@code argocd.argoproj.io/deletion-approved} annotation
 *                         is later than {@code startedAt}, so {@code Prune=confirm} objects may be pruned
 * @param liveNamespace    the live destination namespace; null when it does not exist
 * @param managedNamespace {@code managedNamespaceMetadata}; null when the Application has none
 */
public record SyncInput(List<KubeObject> targets, List<KubeObject> live, Set<ResourceKey> outOfSync,
                        SyncOptions options, boolean prune, String namespace, boolean dryRun,
                        String revision, Instant startedAt, boolean pruneConfirmed,
                        KubeObject liveNamespace, ManagedNamespaceMetadata managedNamespace) {

    public SyncInput {
        targets = List.copyOf(targets);
        live = List.copyOf(live);
        outOfSync = Set.copyOf(outOfSync);
        Objects.requireNonNull(options, "options");
        namespace = namespace == null ? "" : namespace;
        revision = revision == null ? "" : revision;
        startedAt = startedAt == null ? Instant.EPOCH : startedAt;
    }

    /** An input with the given essentials; no revision, start time, prune confirmation or namespace details. */
    public static SyncInput of(List<KubeObject> targets, List<KubeObject> live, Set<ResourceKey> outOfSync,
                               SyncOptions options, boolean prune, String namespace, boolean dryRun) {
        return new SyncInput(targets, live, outOfSync, options, prune, namespace, dryRun, "", Instant.EPOCH,
                false, null, null);
    }

    /** This input for the operation that syncs {@code newRevision}, started at {@code newStartedAt}. */
    public SyncInput withOperation(String newRevision, Instant newStartedAt) {
        return new SyncInput(targets, live, outOfSync, options, prune, namespace, dryRun, newRevision, newStartedAt,
                pruneConfirmed, liveNamespace, managedNamespace);
    }

    /** This input with pruning of {@code Prune=confirm} objects approved or not. */
    public SyncInput withPruneConfirmed(boolean confirmed) {
        return new SyncInput(targets, live, outOfSync, options, prune, namespace, dryRun, revision, startedAt,
                confirmed, liveNamespace, managedNamespace);
    }

    /** This input with the live destination namespace (null when it does not exist) and managed metadata. */
    public SyncInput withNamespaceState(KubeObject newLiveNamespace, ManagedNamespaceMetadata metadata) {
        return new SyncInput(targets, live, outOfSync, options, prune, namespace, dryRun, revision, startedAt,
                pruneConfirmed, newLiveNamespace, metadata);
    }
}
