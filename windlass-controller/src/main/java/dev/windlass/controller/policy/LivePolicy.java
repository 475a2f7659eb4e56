package dev.windlass.controller.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import dev.windlass.policy.PolicySet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The policy objects of the cluster as last read, and what they compiled to.
 *
 * @param templates   every ConstraintTemplate
 * @param constraints every constraint of a kind whose CRD is installed
 * @param config      the Gatekeeper Config ({@code config} in the Gatekeeper namespace), or empty
 * @param set         the compiled policy set (objects that did not compile left out)
 * @param errors      why objects were left out, by key
 */
record LivePolicy(List<KubeObject> templates, List<KubeObject> constraints, List<KubeObject> config, PolicySet set,
        Map<ResourceKey, String> errors) {

    LivePolicy {
        templates = List.copyOf(templates);
        constraints = List.copyOf(constraints);
        config = List.copyOf(config);
        errors = Map.copyOf(errors);
    }

    /** Every policy object, templates first. */
    List<KubeObject> objects() {
        List<KubeObject> all = new ArrayList<>(templates);
        all.addAll(constraints);
        all.addAll(config);
        return all;
    }
}
