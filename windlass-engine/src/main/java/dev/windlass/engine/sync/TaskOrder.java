package dev.windlass.engine.sync;

import dev.windlass.model.KubeObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Puts tasks in execution order: phase, wave, prunes before applies (as gitops-engine prunes first
 * within a wave), kind order (reversed for prunes), name. Then, as gitops-engine does, a Namespace
 * or CustomResourceDefinition that would come after an object depending on it is moved just before
 * that object, taking over its phase and wave.
 */
final class TaskOrder {

    private static final Comparator<SyncTask> ORDER = Comparator
            .comparing(SyncTask::phase)
            .thenComparingInt(SyncTask::wave)
            .thenComparingInt(task -> task.isPrune() ? 0 : 1)
            .thenComparingInt(TaskOrder::kindRank)
            .thenComparing(task -> task.key().name())
            .thenComparing(task -> task.key().namespace())
            .thenComparing(SyncTask::key);

    private TaskOrder() {
    }

    static List<SyncTask> sort(List<SyncTask> tasks) {
        List<SyncTask> sorted = new ArrayList<>(tasks);
        sorted.sort(ORDER);
        bubbleUp(sorted, TaskOrder::namespaceName, TaskOrder::namespaceReference);
        bubbleUp(sorted, TaskOrder::crdGroupKind, TaskOrder::groupKindReference);
        return sorted;
    }

    private static int kindRank(SyncTask task) {
        int rank = KindOrder.rank(task.key().kind());
        return task.isPrune() ? -rank : rank;
    }

    /**
     * Moves each dependency (a task for which {@code provides} answers a name) before the first
     * earlier task that {@code refers} to that name, giving it that task's phase and wave.
     */
    private static void bubbleUp(List<SyncTask> tasks, Function<KubeObject, Optional<String>> provides,
                                 Function<KubeObject, Optional<String>> refers) {
        Map<String, Integer> firstReference = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            SyncTask task = tasks.get(i);
            if (task.target() == null) {
                continue;
            }
            Optional<String> provided = provides.apply(task.target());
            if (provided.isPresent()) {
                Integer index = firstReference.get(provided.get());
                if (index != null) {
                    SyncTask anchor = tasks.get(index);
                    tasks.remove(i);
                    tasks.add(index, task.at(anchor.phase(), anchor.wave()));
                    firstReference.replaceAll((name, at) -> at >= index ? at + 1 : at);
                }
            } else {
                int index = i;
                refers.apply(task.target()).ifPresent(name -> firstReference.putIfAbsent(name, index));
            }
        }
    }

    private static Optional<String> namespaceName(KubeObject object) {
        boolean namespace = object.kind().equals("Namespace") && object.gvk().group().isEmpty();
        return namespace ? Optional.of(object.name()) : Optional.empty();
    }

    private static Optional<String> namespaceReference(KubeObject object) {
        return object.namespace().isEmpty() ? Optional.empty() : Optional.of(object.namespace());
    }

    private static Optional<String> crdGroupKind(KubeObject object) {
        if (!object.kind().equals("CustomResourceDefinition") || !object.gvk().group().equals("apiextensions.k8s.io")) {
            return Optional.empty();
        }
        Optional<String> group = object.content().getMap("spec").flatMap(spec -> spec.getText("group"));
        Optional<String> kind = object.content().getMap("spec").flatMap(spec -> spec.getMap("names"))
                .flatMap(names -> names.getText("kind"));
        return group.isPresent() && kind.isPresent() ? Optional.of(group.get() + "/" + kind.get()) : Optional.empty();
    }

    private static Optional<String> groupKindReference(KubeObject object) {
        return Optional.of(object.gvk().group() + "/" + object.kind());
    }
}
