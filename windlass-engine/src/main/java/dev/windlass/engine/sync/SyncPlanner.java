package dev.windlass.engine.sync;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans an Argo CD sync operation as gitops-engine's {@code sync} package does, as a pure function:
 * one task per desired resource (Sync phase), per hook and hook phase, per extra live object
 * (prune), plus the destination Namespace under {@code CreateNamespace=true}; then waves, prune
 * order and kind order. Executing the plan is {@link SyncProgress}'s job.
 */
public final class SyncPlanner {

    private SyncPlanner() {
    }

    /** The plan for {@code input}; problems with annotations and options are issues in the plan, never exceptions. */
    public static SyncPlan plan(SyncInput input) {
        List<Issue> issues = new ArrayList<>();
        Map<ResourceKey, KubeObject> live = new HashMap<>();
        input.live().forEach(object -> live.putIfAbsent(object.key(), object));
        Set<ResourceKey> claimed = new HashSet<>();
        List<SyncTask> tasks = new ArrayList<>();
        Set<ResourceKey> seen = new HashSet<>();
        for (KubeObject target : input.targets()) {
            if (!seen.add(target.key())) {
                issues.add(SyncMessages.duplicateObject(target.locate(FieldPath.of("metadata", "name")),
                        target.key().describe()));
                continue;
            }
            Result<SyncHints> hints = SyncHints.of(target);
            issues.addAll(hints.issues());
            tasks.addAll(tasksFor(input, target, hints.value(), live, claimed));
        }
        namespaceTask(input).ifPresent(task -> {
            tasks.add(task);
            claimed.add(task.key());
        });
        tasks.addAll(PrunePlanner.prunes(input, claimed, issues));
        return new SyncPlan(TaskOrder.sort(PrunePlanner.arrange(tasks)), issues, input.dryRun());
    }

    /** The name Argo CD gives a hook that has only {@code generateName}: revision, phase and start time. */
    public static String hookName(KubeObject hook, SyncPhase phase, String revision, Instant startedAt) {
        if (!hook.name().isEmpty()) {
            return hook.name();
        }
        String shortRevision = revision.length() >= 8 ? revision.substring(0, 7) : revision;
        String postfix = (shortRevision + "-" + phase.text() + "-" + startedAt.getEpochSecond()).toLowerCase(Locale.ROOT);
        return hook.generateName() + postfix;
    }

    private static List<SyncTask> tasksFor(SyncInput input, KubeObject target, SyncHints hints,
                                           Map<ResourceKey, KubeObject> live, Set<ResourceKey> claimed) {
        SyncOptions options = input.options().overriddenBy(hints.options());
        switch (hints.role()) {
            case RESOURCE -> {
                KubeObject current = claim(target, live, claimed);
                ResourceKey key = current != null ? current.key() : target.key();
                boolean inSync = current != null && !input.outOfSync().contains(key)
                        && !input.outOfSync().contains(target.key());
                if (input.options().applyOutOfSyncOnly() && inSync) {
                    return List.of();
                }
                return List.of(task(key, target, current, SyncAction.APPLY, SyncPhase.SYNC, hints.wave(), options,
                        Set.of()));
            }
            case HOOK -> {
                List<SyncTask> hooks = new ArrayList<>();
                for (SyncPhase phase : hints.phases()) {
                    KubeObject named = target.withName(hookName(target, phase, input.revision(), input.startedAt()));
                    KubeObject current = claim(named, live, claimed);
                    ResourceKey key = current != null ? current.key() : named.key();
                    hooks.add(task(key, named, current, SyncAction.HOOK, phase, hints.wave(), options,
                            hints.deletePolicies()));
                }
                return hooks;
            }
            default -> {
                claim(target, live, claimed);
                return List.of();
            }
        }
    }

    /** The live object {@code target} stands for (cluster-scoped objects match whatever namespace the target has). */
    private static KubeObject claim(KubeObject target, Map<ResourceKey, KubeObject> live, Set<ResourceKey> claimed) {
        ResourceKey key = target.key();
        KubeObject current = live.get(key);
        if (current == null) {
            current = live.get(new ResourceKey(key.group(), key.kind(), "", key.name()));
        }
        if (current != null) {
            claimed.add(current.key());
        }
        return current;
    }

    private static SyncTask task(ResourceKey key, KubeObject target, KubeObject live, SyncAction action,
                                 SyncPhase phase, int wave, SyncOptions options, Set<HookDeletePolicy> policies) {
        return new SyncTask(SyncTask.idOf(phase, wave, action, key), key, target, live, action, phase, wave, "",
                options, policies);
    }

    /**
     * Argo CD's auto-created namespace: a PreSync apply of the destination Namespace when
     * {@code CreateNamespace=true}, no desired object is that Namespace, and the namespace is missing
     * or {@code managedNamespaceMetadata} is set (then labelled, annotated and server-side applied).
     */
    static Optional<SyncTask> namespaceTask(SyncInput input) {
        String name = input.namespace();
        if (!input.options().createNamespace() || name.isEmpty()) {
            return Optional.empty();
        }
        boolean declared = input.targets().stream().anyMatch(target -> target.kind().equals("Namespace")
                && target.gvk().group().isEmpty() && target.name().equals(name));
        ManagedNamespaceMetadata managed = input.managedNamespace();
        if (declared || (input.liveNamespace() != null && managed == null)) {
            return Optional.empty();
        }
        KubeObject namespace = KubeObject.of(MapNode.of("apiVersion", Node.of("v1"), "kind", Node.of("Namespace"),
                "metadata", MapNode.of("name", Node.of(name))));
        SyncOptions options = input.options();
        if (managed != null) {
            for (Map.Entry<String, String> label : managed.labels().entrySet()) {
                namespace = namespace.withLabel(label.getKey(), label.getValue());
            }
            for (Map.Entry<String, String> annotation : managed.annotations().entrySet()) {
                namespace = namespace.withAnnotation(annotation.getKey(), annotation.getValue());
            }
            namespace = namespace.withAnnotation(SyncOptionsParser.ANNOTATION, "ServerSideApply=true");
            options = options.with(SyncOption.SERVER_SIDE_APPLY, "true");
        }
        ResourceKey key = namespace.key();
        return Optional.of(new SyncTask(SyncTask.idOf(SyncPhase.PRE_SYNC, 0, SyncAction.APPLY, key), key, namespace,
                input.liveNamespace(), SyncAction.APPLY, SyncPhase.PRE_SYNC, 0,
                "namespace " + name + " is created because of CreateNamespace=true", options, Set.of()));
    }
}
