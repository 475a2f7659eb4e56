package dev.windlass.engine.sync;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prune tasks for live objects no desired object claims, as gitops-engine plans them: skipped with
 * Argo CD's message when pruning is off or the object says {@code Prune=false}/{@code confirm};
 * waves mirrored so higher waves are pruned first; {@code PruneLast=true} prunes moved to a wave
 * after the last Sync-phase wave.
 */
final class PrunePlanner {

    private PrunePlanner() {
    }

    /** A prune task for every live object not in {@code claimed} that is an ordinary resource. */
    static List<SyncTask> prunes(SyncInput input, Set<ResourceKey> claimed, List<Issue> issues) {
        List<SyncTask> prunes = new ArrayList<>();
        for (KubeObject live : input.live()) {
            if (claimed.contains(live.key())) {
                continue;
            }
            Result<SyncHints> hints = SyncHints.of(live);
            if (hints.value().role() != SyncHints.Role.RESOURCE) {
                continue;
            }
            issues.addAll(hints.issues());
            SyncOptions options = input.options().overriddenBy(hints.value().options());
            prunes.add(prune(input, live, hints.value().wave(), options, issues));
        }
        return prunes;
    }

    /** {@code tasks} with prune waves mirrored and PruneLast prunes moved after the last Sync wave. */
    static List<SyncTask> arrange(List<SyncTask> tasks) {
        Map<Integer, Integer> mirrored = mirroredWaves(tasks);
        List<SyncTask> arranged = new ArrayList<>();
        for (SyncTask task : tasks) {
            arranged.add(task.isPrune() ? task.at(task.phase(), mirrored.get(task.wave())) : task);
        }
        int lastWave = 0;
        for (SyncTask task : arranged) {
            if (task.phase() == SyncPhase.SYNC) {
                lastWave = Math.max(lastWave, task.wave());
            }
        }
        int pruneLastWave = lastWave + 1;
        arranged.replaceAll(task -> task.isPrune() && task.options().pruneLast()
                ? task.at(task.phase(), pruneLastWave) : task);
        return arranged;
    }

    private static SyncTask prune(SyncInput input, KubeObject live, int wave, SyncOptions options, List<Issue> issues) {
        SyncAction action = SyncAction.PRUNE;
        String message = "";
        if (!input.prune()) {
            action = SyncAction.PRUNE_SKIPPED;
            message = SyncMessages.REQUIRES_PRUNING;
        } else if (options.prune() == DeletionMode.DISABLED) {
            action = SyncAction.PRUNE_SKIPPED;
            message = SyncMessages.NO_PRUNE;
        } else if (options.prune() == DeletionMode.CONFIRM && !input.pruneConfirmed()) {
            action = SyncAction.PRUNE_SKIPPED;
            message = SyncMessages.pruneNeedsConfirmation();
            issues.add(SyncMessages.pruneConfirmation(
                    live.locate(FieldPath.of("metadata", "name")), live.key().describe()));
        }
        ResourceKey key = live.key();
        return new SyncTask(SyncTask.idOf(SyncPhase.SYNC, wave, action, key), key, null, live, action,
                SyncPhase.SYNC, wave, message, options, Set.of());
    }

    private static Map<Integer, Integer> mirroredWaves(List<SyncTask> tasks) {
        TreeSet<Integer> waves = new TreeSet<>();
        tasks.stream().filter(SyncTask::isPrune).forEach(task -> waves.add(task.wave()));
        List<Integer> sorted = new ArrayList<>(waves);
        Map<Integer, Integer> mirrored = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            mirrored.put(sorted.get(i), sorted.get(sorted.size() - 1 - i));
        }
        return mirrored;
    }
}
