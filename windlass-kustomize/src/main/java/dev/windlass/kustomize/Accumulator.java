package dev.windlass.kustomize;

import dev.windlass.model.tree.FieldPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The resources one kustomization level has gathered, in order; refuses two objects with the same id, as kustomize does. */
final class Accumulator {

    static final String DUPLICATE = "KustomizeDuplicateResource";

    private final List<Resource> resources = new ArrayList<>();
    private final UnaryOperator<String> display;

    /** {@code display} shows snapshot paths in messages. */
    Accumulator(UnaryOperator<String> display) {
        this.display = display;
    }

    Accumulator copy() {
        Accumulator copy = new Accumulator(display);
        copy.resources.addAll(resources);
        return copy;
    }

    void addAll(List<Resource> more, String kustomizationFile) throws KustomizeFailure {
        Map<String, Resource> ids = new HashMap<>();
        resources.forEach(r -> ids.put(r.id(), r));
        for (Resource r : more) {
            Resource existing = ids.putIfAbsent(r.id(), r);
            if (existing != null) {
                throw KustomizeFailure.at(DUPLICATE, kustomizationFile, FieldPath.of("resources"),
                        "may not add resource with an already registered id: " + describe(r) + " (from " + display.apply(r.file())
                                + ", already added from " + display.apply(existing.file()) + "); remove one of them or patch the base");
            }
            resources.add(r);
        }
    }

    /** Adds what a base built (its resources; later also what it learnt, such as vars and configuration). */
    void absorb(Accumulator base, String kustomizationFile) throws KustomizeFailure {
        addAll(base.resources, kustomizationFile);
    }

    /** Takes over the state of {@code component}, which was built on a copy of this accumulator. */
    void replaceWith(Accumulator component) {
        replaceAll(component.resources);
    }

    void replaceAll(List<Resource> all) {
        resources.clear();
        resources.addAll(all);
    }

    List<Resource> resources() {
        return List.copyOf(resources);
    }

    private static String describe(Resource r) {
        String namespace = r.object().namespace();
        return r.object().kind() + "/" + (namespace.isEmpty() ? "" : namespace + "/") + r.object().name();
    }
}
