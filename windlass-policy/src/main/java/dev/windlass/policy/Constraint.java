package dev.windlass.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;

/**
  * One constraint ({@code constraints.gatekeeper.sh}, kind from a template), read and checked.
  *
  * @param kind the constraint kind
  * @param name the constraint's name
  * @param match its {@code spec.match}
  * @param parameters {@code spec.parameters}, or null when absent
  * @param actions its enforcement action(s)
  */
record Constraint(String kind, String name, Match match, Node parameters, ActionSpec actions) {
    static final String GROUP = "constraints.gatekeeper.sh";

    static boolean isConstraint(KubeObject object) {
        return object.gvk().group().equals(GROUP);
    }

    /** Reads a constraint and validates its parameters against the template's schema. */
    static Constraint read(KubeObject object, ParameterSchema schema) throws PolicyException {
        Fields f = new Fields(object.kind() + " " + object.name());
        if (object.name().isEmpty()) {
            throw f.error("metadata.name", "is required");
        }
        MapNode spec = f.map(object.content(), "spec", "spec").orElse(MapNode.empty());
        MapNode matchNode = f.map(spec, "match", "spec.match").orElse(null);
        Match match = matchNode == null ? Match.ALL : Match.parse(matchNode, f);
        Node parameters = spec.get("parameters").orElse(null);
        if (parameters != null) {
            List<String> problems = schema.validate(parameters, "spec.parameters");
            if (!problems.isEmpty()) {
                throw PolicyException.schema("constraint " + f.owner() + " does not fit the schema of ConstraintTemplate "
                        + object.kind().toLowerCase(java.util.Locale.ROOT) + ": " + String.join("; ", problems));
            }
        }
        return new Constraint(object.kind(), object.name(), match, parameters, ActionSpec.parse(spec, f));
    }
}
