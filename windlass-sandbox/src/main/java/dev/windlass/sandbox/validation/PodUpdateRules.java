package dev.windlass.sandbox.validation;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a pod update may change, as kube-apiserver's {@code ValidatePodUpdate} allows: container
 * and init container images, {@code activeDeadlineSeconds} (set, or lowered), tolerations (only
 * added, or their {@code tolerationSeconds} changed), scheduling gates (only removed; while gated,
 * node selector additions and node affinity), and {@code terminationGracePeriodSeconds} from a
 * negative value to 1. Anything else is {@code Forbidden} on {@code spec}.
 */
final class PodUpdateRules {

    static final String FORBIDDEN_MESSAGE = "pod updates may not change fields other than "
            + "`spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,"
            + "`spec.tolerations` (only additions to existing tolerations),"
            + "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

    private static final long MAX_INT32 = Integer.MAX_VALUE;

    private PodUpdateRules() {
    }

    static List<Cause> check(MapNode newSpec, MapNode oldSpec) {
        List<Cause> causes = new ArrayList<>();
        for (String list : List.of("containers", "initContainers")) {
            if (!containerCounts(newSpec, oldSpec, list, causes)) {
                return causes;
            }
        }
        if (!activeDeadline(newSpec, oldSpec, causes)) {
            return causes;
        }
        tolerations(newSpec, oldSpec, causes);
        schedulingGates(newSpec, oldSpec, causes);
        if (newSpec.equals(oldSpec)) {
            return causes;
        }
        MapNode munged = munge(newSpec, oldSpec, causes);
        if (!munged.equals(oldSpec)) {
            causes.add(FieldErrors.forbidden("spec", FORBIDDEN_MESSAGE + "\n" + SpecDiff.of("spec", oldSpec, munged)));
        }
        return causes;
    }

    private static boolean containerCounts(MapNode newSpec, MapNode oldSpec, String list, List<Cause> causes) {
        List<Node> added = items(newSpec, list);
        if (added.size() != items(oldSpec, list).size()) {
            causes.add(FieldErrors.forbidden("spec." + list, "pod updates may not add or remove containers"));
            return false;
        }
        for (int i = 0; i < added.size(); i++) {
            if (added.get(i).asMap().flatMap(c -> c.getText("image")).orElse("").isEmpty()) {
                causes.add(FieldErrors.required("spec." + list + "[" + i + "].image", ""));
            }
        }
        return true;
    }

    private static boolean activeDeadline(MapNode newSpec, MapNode oldSpec, List<Cause> causes) {
        String field = "spec.activeDeadlineSeconds";
        Optional<Long> updated = number(newSpec, "activeDeadlineSeconds");
        Optional<Long> previous = number(oldSpec, "activeDeadlineSeconds");
        if (updated.isPresent()) {
            long value = updated.get();
            if (value < 0 || value > MAX_INT32) {
                causes.add(FieldErrors.invalid(field, value, "must be between 0 and 2147483647, inclusive"));
                return false;
            }
            if (previous.isPresent() && previous.get() < value) {
                causes.add(FieldErrors.invalid(field, value, "must be less than or equal to previous value"));
                return false;
            }
        } else if (previous.isPresent()) {
            causes.add(FieldErrors.invalid(field, null, "must not update from a positive integer to nil value"));
        }
        return true;
    }

    private static void tolerations(MapNode newSpec, MapNode oldSpec, List<Cause> causes) {
        List<Node> updated = items(newSpec, "tolerations");
        for (Node old : items(oldSpec, "tolerations")) {
            MapNode withoutSeconds = old.asMap().orElse(MapNode.empty()).without("tolerationSeconds");
            boolean kept = updated.stream().anyMatch(candidate ->
                    candidate.asMap().orElse(MapNode.empty()).without("tolerationSeconds").equals(withoutSeconds));
            if (!kept) {
                causes.add(FieldErrors.forbidden("spec.tolerations",
                        "existing toleration can not be modified except its tolerationSeconds"));
                return;
            }
        }
    }

    private static void schedulingGates(MapNode newSpec, MapNode oldSpec, List<Cause> causes) {
        List<String> previous = new ArrayList<>();
        items(oldSpec, "schedulingGates").forEach(g -> previous.add(gateName(g)));
        List<Node> gates = items(newSpec, "schedulingGates");
        for (int i = 0; i < gates.size(); i++) {
            String name = gateName(gates.get(i));
            if (!previous.contains(name)) {
                causes.add(FieldErrors.forbidden("spec.schedulingGates[" + i + "].name",
                        "only deletion is allowed, but found new scheduling gate '" + name + "'"));
            }
        }
    }

    /** The new spec with every field it may change set back to the old value. */
    private static MapNode munge(MapNode newSpec, MapNode oldSpec, List<Cause> causes) {
        MapNode.Builder munged = newSpec.toBuilder();
        for (String list : List.of("containers", "initContainers")) {
            newSpec.getList(list).ifPresent(containers -> munged.put(list, oldImages(containers, items(oldSpec, list))));
        }
        for (String key : List.of("activeDeadlineSeconds", "schedulingGates", "tolerations")) {
            restore(munged, oldSpec, key);
        }
        Optional<Long> oldGrace = number(oldSpec, "terminationGracePeriodSeconds");
        if (oldGrace.isPresent() && oldGrace.get() < 0
                && number(newSpec, "terminationGracePeriodSeconds").orElse(0L) == 1) {
            restore(munged, oldSpec, "terminationGracePeriodSeconds");
        }
        if (!items(oldSpec, "schedulingGates").isEmpty()) {
            gatedPod(newSpec, oldSpec, munged, causes);
        }
        return munged.build();
    }

    /** While a pod is gated, node selector entries may be added and node affinity may change. */
    private static void gatedPod(MapNode newSpec, MapNode oldSpec, MapNode.Builder munged, List<Cause> causes) {
        MapNode newSelector = newSpec.getMap("nodeSelector").orElse(MapNode.empty());
        MapNode oldSelector = oldSpec.getMap("nodeSelector").orElse(MapNode.empty());
        if (!newSelector.equals(oldSelector)) {
            boolean onlyAdded = oldSelector.asJavaMap().entrySet().stream()
                    .allMatch(e -> e.getValue().equals(newSelector.get(e.getKey()).orElse(null)));
            if (!onlyAdded) {
                causes.add(FieldErrors.invalid("spec.nodeSelector", newSelector,
                        "only additions to spec.nodeSelector are allowed (no mutations or deletions)"));
            }
            restore(munged, oldSpec, "nodeSelector");
        }
        MapNode newAffinity = newSpec.getMap("affinity").orElse(MapNode.empty());
        MapNode oldAffinity = oldSpec.getMap("affinity").orElse(MapNode.empty());
        if (!newAffinity.without("nodeAffinity").equals(oldAffinity.without("nodeAffinity"))) {
            return;
        }
        restore(munged, oldSpec, "affinity");
    }

    private static ListNode oldImages(ListNode containers, List<Node> oldContainers) {
        List<Node> restored = new ArrayList<>(containers.size());
        for (int i = 0; i < containers.size(); i++) {
            Node container = containers.items().get(i);
            Optional<Node> oldImage = oldContainers.get(i).asMap().flatMap(c -> c.get("image"));
            restored.add(container.asMap().map(c -> oldImage.map(image -> c.with("image", image))
                    .orElse(c.without("image"))).orElse(MapNode.empty()));
        }
        return new ListNode(restored);
    }

    private static void restore(MapNode.Builder munged, MapNode oldSpec, String key) {
        Optional<Node> old = oldSpec.get(key);
        if (old.isPresent()) {
            munged.put(key, old.get());
        } else {
            munged.remove(key);
        }
    }

    private static String gateName(Node gate) {
        return gate.asMap().flatMap(g -> g.getText("name")).orElse("");
    }

    static List<Node> items(MapNode map, String key) {
        return map.getList(key).map(ListNode::items).orElse(List.of());
    }

    static Optional<Long> number(MapNode map, String key) {
        return map.get(key).filter(n -> !n.isNull()).map(Node::toString).flatMap(text -> {
            try {
                return Optional.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
