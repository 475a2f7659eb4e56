package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Admission;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.Operation;
import dev.windlass.sandbox.resource.ApiResource;
import java.util.ArrayList;
import java.util.List;

/**
 * A Namespace's server-set fields: the {@code kubernetes.io/metadata.name} label (on every
 * write), and on create {@code spec.finalizers: [kubernetes]} and {@code status.phase: Active}.
 * As on the real server, an update cannot change {@code spec.finalizers} of a live namespace;
 * once the namespace is terminating an update may only remove entries, which is how the
 * namespace controller finalizes it (the real server does that through {@code /finalize}).
 */
final class NamespaceAdmission implements Admission {

    static final String NAME_LABEL = "kubernetes.io/metadata.name";

    @Override
    public MapNode admit(Operation operation, ApiResource resource, MapNode old, MapNode incoming) {
        if (operation == Operation.DELETE || !resource.group().isEmpty() || !resource.plural().equals("namespaces")) {
            return incoming;
        }
        MapNode labels = Meta.of(incoming).getMap("labels").orElse(MapNode.empty())
                .with(NAME_LABEL, Node.of(Meta.name(incoming)));
        MapNode result = Meta.with(incoming, "labels", labels);
        MapNode spec = result.getMap("spec").orElse(MapNode.empty());
        if (old == null) {
            List<String> finalizers = new ArrayList<>(NamespaceController.finalizers(result));
            if (!finalizers.contains(NamespaceController.FINALIZER)) {
                finalizers.add(NamespaceController.FINALIZER);
            }
            MapNode status = result.getMap("status").orElse(MapNode.empty()).with("phase", Node.of("Active"));
            return result.with("spec", spec.with("finalizers", texts(finalizers))).with("status", status);
        }
        List<String> before = NamespaceController.finalizers(old);
        List<String> after = NamespaceController.finalizers(result);
        boolean onlyRemoves = Meta.deleting(old) && before.containsAll(after);
        List<String> kept = onlyRemoves ? after : before;
        return result.with("spec", kept.isEmpty() ? spec.without("finalizers") : spec.with("finalizers", texts(kept)));
    }

    private static ListNode texts(List<String> values) {
        return new ListNode(values.stream().map(v -> (Node) Node.of(v)).toList());
    }
}
