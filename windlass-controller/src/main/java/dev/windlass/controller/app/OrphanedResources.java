package dev.windlass.controller.app;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.Optional;
import java.util.Set;

/**
 * Argo CD's orphaned-resource monitoring: when the AppProject has {@code spec.orphanedResources},
 * top-level objects in the application's destination namespace that no application tracks are
 * counted, and with {@code warn} (the default) reported as an {@code OrphanedResourceWarning}
 * condition, {@code Application has N orphaned resources}. The project's {@code ignore} entries
 * (group, kind, name globs) and the objects every namespace has (the {@code default} ServiceAccount,
 * the {@code kube-root-ca.crt} ConfigMap, the {@code kubernetes} Service) do not count.
 */
final class OrphanedResources {

    static final String CONDITION = "OrphanedResourceWarning";

    private OrphanedResources() {
    }

    /** True when {@code project} asks for orphaned-resource monitoring ({@code spec.orphanedResources}). */
    static boolean requested(KubeObject project) {
        return project.content().getMap("spec").flatMap(spec -> spec.getMap("orphanedResources")).isPresent();
    }

    /** The warning for {@code app}, if its project asks for one and orphans exist. */
    static Optional<String> warning(KubeObject project, String namespace, Set<String> trackedKeys,
            Set<String> instances, Tracking tracking, NamespaceScanner scanner) throws ClusterException {
        Optional<MapNode> settings = project.content().getMap("spec").flatMap(spec -> spec.getMap("orphanedResources"));
        if (settings.isEmpty() || namespace.isEmpty()) {
            return Optional.empty();
        }
        boolean warn = !dev.windlass.model.tree.BoolNode.FALSE.equals(settings.get().get("warn").orElse(null));
        ListNode ignore = settings.get().getList("ignore").orElse(ListNode.empty());
        long count = scanner.contents(namespace).stream()
                .filter(object -> object.ownerReferences().isEmpty())
                .filter(object -> !trackedKeys.contains(object.key().toString()))
                .filter(object -> tracking.application(object).map(app -> !instances.contains(app)).orElse(true))
                .filter(object -> !knownExclusion(object) && !ignored(object, ignore))
                .count();
        return warn && count > 0 ? Optional.of("Application has " + count + " orphaned resources") : Optional.empty();
    }

    private static boolean knownExclusion(KubeObject object) {
        String group = object.groupKind().group();
        return group.isEmpty() && (object.kind().equals("ServiceAccount") && object.name().equals("default")
                || object.kind().equals("ConfigMap") && object.name().equals("kube-root-ca.crt")
                || object.kind().equals("Service") && object.name().equals("kubernetes")
                        && object.namespace().equals("default"));
    }

    private static boolean ignored(KubeObject object, ListNode ignore) {
        for (Node node : ignore.items()) {
            if (node instanceof MapNode entry
                    && ApplicationScope.glob(entry.getText("group").orElse("*"), object.groupKind().group())
                    && ApplicationScope.glob(entry.getText("kind").orElse("*"), object.kind())
                    && ApplicationScope.glob(entry.getText("name").orElse("*"), object.name())) {
                return true;
            }
        }
        return false;
    }
}
