package dev.windlass.controller.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.policy.PolicyException;
import dev.windlass.policy.PolicySet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles live (and about-to-be-applied) policy objects into one {@link PolicySet} the way
 * Gatekeeper ingests them: each template on its own, each constraint with its template, the Config
 * on its own; an object that does not compile is reported (by key) and left out, never fatal for
 * the others. Results are remembered by content, so an unchanged object is not compiled again.
 * Thread-safe.
 */
final class PolicyCompiler {

    /** How many per-object results are remembered. */
    private static final int MEMORY = 512;

    /**
     * A compiled set and the objects left out.
     *
     * @param set    the policy set of every object that compiled
     * @param errors for each object left out, why (naming the object and field)
     */
    record Compiled(PolicySet set, Map<ResourceKey, String> errors) {

        Compiled {
            errors = Map.copyOf(errors);
        }
    }

    private final Map<List<MapNode>, Optional<String>> checked = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<MapNode>, Optional<String>> eldest) {
            return size() > MEMORY;
        }
    };
    private List<MapNode> lastInput;
    private Compiled last;

    /** Compiles templates, constraints and the Config among {@code objects} (others are ignored). */
    synchronized Compiled compile(List<KubeObject> objects) {
        List<KubeObject> policy = objects.stream().filter(PolicySet::isPolicyObject).toList();
        List<MapNode> input = policy.stream().map(PolicyCompiler::essence).toList();
        if (input.equals(lastInput)) {
            return last;
        }
        Map<String, KubeObject> templatesByKind = new HashMap<>();
        Map<ResourceKey, String> errors = new LinkedHashMap<>();
        List<KubeObject> accepted = new ArrayList<>();
        for (KubeObject object : policy) {
            if (GatekeeperKinds.isTemplate(object) || GatekeeperKinds.isConfig(object)) {
                Optional<String> error = check(List.of(object));
                if (error.isPresent()) {
                    errors.put(object.key(), error.get());
                    continue;
                }
                accepted.add(object);
                GatekeeperKinds.constraintKind(object).ifPresent(kind -> templatesByKind.put(kind, object));
            }
        }
        for (KubeObject object : policy) {
            if (GatekeeperKinds.isConstraint(object)) {
                KubeObject template = templatesByKind.get(object.kind());
                Optional<String> error = template == null
                        ? Optional.of("constraint " + object.kind() + " " + object.name()
                                + ": no ConstraintTemplate defines kind " + object.kind()
                                + " (apply the template first, or fix the template's errors)")
                        : check(List.of(template, object));
                if (error.isPresent()) {
                    errors.put(object.key(), error.get());
                } else {
                    accepted.add(object);
                }
            }
        }
        last = new Compiled(whole(accepted, errors), errors);
        lastInput = input;
        return last;
    }

    /**
     * The templates and Configs among {@code objects} that do not compile on their own, by key,
     * without compiling the whole set (what a template's status needs before its CRD is created).
     */
    synchronized Map<ResourceKey, String> checkAlone(List<KubeObject> objects) {
        Map<ResourceKey, String> errors = new LinkedHashMap<>();
        for (KubeObject object : objects) {
            if (GatekeeperKinds.isTemplate(object) || GatekeeperKinds.isConfig(object)) {
                check(List.of(object)).ifPresent(error -> errors.put(object.key(), error));
            }
        }
        return errors;
    }

    private PolicySet whole(List<KubeObject> accepted, Map<ResourceKey, String> errors) {
        try {
            return PolicySet.of(accepted);
        } catch (PolicyException e) {
            // each part compiled alone; a failure together is a conflict between them (two templates of one kind)
            errors.put(new ResourceKey(GatekeeperKinds.TEMPLATES_GROUP, "ConstraintTemplate", "", "*"), e.getMessage());
            return PolicySet.empty();
        } catch (RuntimeException e) {
            errors.put(new ResourceKey(GatekeeperKinds.TEMPLATES_GROUP, "ConstraintTemplate", "", "*"),
                    "the policy objects could not be compiled together: " + e.getMessage());
            return PolicySet.empty();
        }
    }

    private Optional<String> check(List<KubeObject> objects) {
        List<MapNode> key = objects.stream().map(PolicyCompiler::essence).toList();
        Optional<String> known = checked.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> result;
        try {
            PolicySet.of(objects);
            result = Optional.empty();
        } catch (PolicyException e) {
            result = Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            result = Optional.of(objects.get(objects.size() - 1).kind() + " " + objects.get(objects.size() - 1).name()
                    + ": cannot be compiled: " + e);
        }
        checked.put(key, result);
        return result;
    }

    /** What compiling depends on: group, kind, namespace, name and spec (not status or metadata bookkeeping). */
    private static MapNode essence(KubeObject object) {
        return MapNode.of("group", Node.of(object.gvk().group()), "kind", Node.of(object.kind()),
                "namespace", Node.of(object.namespace()), "name", Node.of(object.name()),
                "spec", object.content().get("spec").orElse(MapNode.empty()));
    }
}
