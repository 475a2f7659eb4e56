package dev.windlass.engine.sync;

import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a sync plan: an object, what to do with it, and when (phase and wave). Its id is
 * derived from phase, wave, action and key only, so a controller can persist task states by id and
 * resume after a restart with a freshly computed plan.
 *
 * @param id             {@code Phase/wave/action/group/Kind/namespace/name}, stable across replanning
 * @param key            the object's key (the live object's when there is one, as gitops-engine keys results)
 * @param target         the object to apply; null for prunes
 * @param live           the live object, null when it does not exist yet
 * @param action         apply, prune, skipped prune, or hook
 * @param phase          the sync phase the task runs in
 * @param wave           the wave within the phase (prune waves already reversed, PruneLast applied)
 * @param message        why the task is as it is ({@code ""} when there is nothing to say)
 * @param options        the effective sync options: the Application's overridden by the object's own
 * @param deletePolicies a hook's delete policies; empty for other tasks
 */
public record SyncTask(String id, ResourceKey key, KubeObject target, KubeObject live, SyncAction action,
                       SyncPhase phase, int wave, String message, SyncOptions options,
                       Set<HookDeletePolicy> deletePolicies) {

    public SyncTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(options, "options");
        message = message == null ? "" : message;
        deletePolicies = deletePolicies.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(deletePolicies));
        if (target == null && live == null) {
            throw new IllegalArgumentException("a sync task needs a target or a live object: " + key);
        }
    }

    /** The id of a task: phase, wave, action and key, e.g. {@code Sync/0/apply/apps/Deployment/prod/web}. */
    public static String idOf(SyncPhase phase, int wave, SyncAction action, ResourceKey key) {
        return phase.text() + "/" + wave + "/" + action.name().toLowerCase(Locale.ROOT) + "/" + key;
    }

    /** True for hook tasks. */
    public boolean isHook() {
        return action == SyncAction.HOOK;
    }

    /** True for prune and skipped-prune tasks. */
    public boolean isPrune() {
        return action == SyncAction.PRUNE || action == SyncAction.PRUNE_SKIPPED;
    }

    /** The object the task is about: the target when there is one, else the live object. */
    public KubeObject object() {
        return target != null ? target : live;
    }

    /** True when {@code policy} applies to this hook. */
    public boolean hasDeletePolicy(HookDeletePolicy policy) {
        return deletePolicies.contains(policy);
    }

    /** This task at another position (phase and wave), with its id recomputed. */
    SyncTask at(SyncPhase newPhase, int newWave) {
        return new SyncTask(idOf(newPhase, newWave, action, key), key, target, live, action, newPhase, newWave,
                message, options, deletePolicies);
    }
}
