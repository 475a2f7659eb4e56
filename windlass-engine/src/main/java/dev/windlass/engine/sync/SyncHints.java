package dev.windlass.engine.sync;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an object's annotations say about how it is synced, parsed once: whether it is an ordinary
 * resource, a hook (and for which phases), skipped or left out; its sync wave; its hook delete
 * policies; and its resource-level sync options. Helm hook annotations are mapped the way Argo CD
 * maps them (docs/user-guide/helm.md) when the object has no Argo CD hook annotation.
 *
 * @param role           how the sync treats the object
 * @param phases         the phases a hook runs in (empty unless {@code role} is HOOK)
 * @param wave           {@code argocd.argoproj.io/sync-wave}, else {@code helm.sh/hook-weight}, else 0
 * @param deletePolicies a hook's delete policies ({@code BeforeHookCreation} when none is given;
 *                       empty unless {@code role} is HOOK)
 * @param options        the object's own sync options (not merged with the Application's)
 */
public record SyncHints(Role role, Set<SyncPhase> phases, int wave, Set<HookDeletePolicy> deletePolicies,
                        SyncOptions options) {

    /** How a sync treats an object. */
    public enum Role {
        /** Applied in the Sync phase, and pruned when no longer desired. */
        RESOURCE,
        /** Created in its hook phases, never pruned. */
        HOOK,
        /** {@code argocd.argoproj.io/hook: Skip}: neither applied nor pruned. */
        SKIP,
        /** A hook no sync phase runs (PreDelete, PostDelete, unsupported Helm hooks): left out entirely. */
        IGNORED
    }

    public SyncHints {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(options, "options");
        phases = phases.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(phases));
        deletePolicies = deletePolicies.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(deletePolicies));
    }

    /** Reads {@code object}'s sync annotations; malformed values are warnings naming the object, never exceptions. */
    public static Result<SyncHints> of(KubeObject object) {
        List<Issue> issues = new ArrayList<>();
        HookAnnotations hooks = HookAnnotations.read(object, issues);
        int wave = HookAnnotations.wave(object, issues);
        Result<SyncOptions> options = SyncOptions.parseAnnotation(object);
        issues.addAll(options.issues());
        SyncOptions resourceOptions = HookAnnotations.keepsOnDelete(object)
                ? options.value().with(SyncOption.DELETE, DeletionMode.DISABLED.text())
                : options.value();
        Role role = hooks.role();
        if (role == Role.IGNORED) {
            issues.add(SyncMessages.notSyncedHook(hooks.location(), object.key().describe(), hooks.text()));
        }
        Set<HookDeletePolicy> policies = role == Role.HOOK ? hooks.deletePolicies() : Set.of();
        Set<SyncPhase> phases = role == Role.HOOK ? hooks.phases() : Set.of();
        return Result.of(new SyncHints(role, phases, wave, policies, resourceOptions), issues);
    }

    /** True for hooks, which are created in their phases and never pruned. */
    public boolean isHook() {
        return role == Role.HOOK;
    }
}
