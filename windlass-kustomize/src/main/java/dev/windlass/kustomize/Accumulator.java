package dev.windlass.kustomize;

import dev.windlass.model.tree.FieldPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The resources one kustomization level has gathered, in order, the vars declared so far and the
 * transformer configuration it has learnt (its own, its bases' and its components'); refuses two
 * objects with the same id, as kustomize does.
 */
final class Accumulator {

    static final String DUPLICATE = "KustomizeDuplicateResource";
    static final String CONFIG_CONFLICT = "KustomizeTransformerConfigConflict";

    private final List<Resource> resources = new ArrayList<>();
    private final Map<String, Var> vars = new LinkedHashMap<>();
    private final UnaryOperator<String> display;
    private TransformerConfig config = TransformerConfig.empty();
    /**
     * The ids of {@code resources}, kept up to date by {@link #addAll} and dropped when the list is
     * replaced (transformers change ids): rebuilding it for every resource file made adding quadratic.
     */
    private Map<String, Resource> ids;

    /** {@code display} shows snapshot paths in messages. */
    Accumulator(UnaryOperator<String> display) {
        this.display = display;
    }

    Accumulator copy() {
        Accumulator copy = new Accumulator(display);
        copy.resources.addAll(resources);
        copy.vars.putAll(vars);
        copy.config = config;
        return copy;
    }

    void addAll(List<Resource> more, String kustomizationFile) throws KustomizeFailure {
        if (ids == null) {
            ids = new HashMap<>();
            resources.forEach(r -> ids.put(r.id(), r));
        }
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

    /** Adds what a base built: its resources and its vars (a var name seen twice is an error, as in kustomize). */
    void absorb(Accumulator base, String kustomizationFile) throws KustomizeFailure {
        addAll(base.resources, kustomizationFile);
        for (Var v : base.vars.values()) {
            Var existing = vars.putIfAbsent(v.name(), v);
            if (existing != null) {
                throw KustomizeFailure.at(Vars.DUPLICATE, kustomizationFile, FieldPath.of("resources"), "var '" + v.name()
                        + "' already encountered (declared in " + display.apply(v.file()) + " and "
                        + display.apply(existing.file()) + "); give one of them another name");
            }
        }
        mergeConfig(base.config, kustomizationFile, FieldPath.of("resources"));
    }

    /** kustomize's {@code MergeConfig}: adds {@code more} (read at {@code field}) to the configuration learnt so far. */
    void mergeConfig(TransformerConfig more, String kustomizationFile, FieldPath field) throws KustomizeFailure {
        try {
            config = config.merge(more);
        } catch (TransformerConfig.Conflict e) {
            throw KustomizeFailure.at(CONFIG_CONFLICT, kustomizationFile, field, e.getMessage()
                    + "; two transformer configurations give the same path for the same kinds with different 'create'");
        }
    }

    TransformerConfig config() {
        return config;
    }

    /** Takes over the state of {@code component}, which was built on a copy of this accumulator. */
    void replaceWith(Accumulator component) {
        replaceAll(component.resources);
        config = component.config;
        vars.clear();
        vars.putAll(component.vars);
    }

    /**
     * Adds a level's vars after its transformers ran, as kustomize's {@code MergeVars}: each is tied to
     * the resource it refers to, and a name already declared here or in a base is an error.
     */
    void mergeVars(List<Var> incoming) throws KustomizeFailure {
        replaceAll(Vars.tag(incoming, resources));
        for (Var v : incoming) {
            Var existing = vars.putIfAbsent(v.name(), v);
            if (existing != null) {
                throw KustomizeFailure.at(Vars.DUPLICATE, v.file(), v.field(), "var '" + v.name()
                        + "' already encountered (also declared in " + display.apply(existing.file())
                        + "); give one of them another name");
            }
        }
    }

    /** The vars gathered so far, in the order they were declared. */
    List<Var> vars() {
        return List.copyOf(vars.values());
    }

    void replaceAll(List<Resource> all) {
        ids = null;
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
