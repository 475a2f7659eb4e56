package dev.windlass.policy;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
  * ConstraintTemplates, their constraints and the Gatekeeper Config, compiled: immutable and safe
  * to use from many threads. Build it from the policy objects of a render or a cluster, then
  * {@link #review} objects at an enforcement point.
  */
public final class PolicySet {
    private static final PolicySet EMPTY = new PolicySet(Map.of(), List.of(), GatekeeperConfig.NONE);

    private final Map<String, CompiledTemplate> templates;
    private final List<Constraint> constraints;
    private final GatekeeperConfig config;

    private PolicySet(Map<String, CompiledTemplate> templates, List<Constraint> constraints, GatekeeperConfig config) {
        this.templates = templates;
        this.constraints = constraints;
        this.config = config;
    }

    /** An empty set that allows everything. */
    public static PolicySet empty() {
        return EMPTY;
    }

    /**
      * Which code runs when a template carries both Rego and CEL ({@code K8sNativeValidation}).
      * Gatekeeper (and gator) with K8s native validation enabled prefer CEL; Windlass prefers Rego
      * by default because its CEL is cel-java without the Kubernetes CEL libraries.
      */
    public enum Engine {
        /** Rego when the template has Rego, else CEL (Windlass's default). */
        REGO_FIRST,
        /** CEL when the template has CEL, else Rego (Gatekeeper's order). */
        CEL_FIRST
    }

    /**
      * Compiles the ConstraintTemplates, constraints and Config among {@code objects}; other objects
      * are ignored. Fails naming the object and field when a template does not compile, a
      * constraint's kind has no template, or its parameters do not fit the template's schema.
      * Templates with both Rego and CEL run their Rego.
      */
    public static PolicySet of(Collection<KubeObject> objects) throws PolicyException {
        return of(objects, Engine.REGO_FIRST);
    }

    /** As {@link #of(Collection)}, choosing the code of templates with both Rego and CEL by {@code engine}. */
    public static PolicySet of(Collection<KubeObject> objects, Engine engine) throws PolicyException {
        Map<String, CompiledTemplate> templates = new LinkedHashMap<>();
        GatekeeperConfig config = GatekeeperConfig.NONE;
        KubeObject configObject = null;
        for (KubeObject object : objects) {
            if (TemplateReader.isTemplate(object)) {
                CompiledTemplate t = CompiledTemplate.compile(TemplateReader.read(object), engine);
                if (templates.putIfAbsent(t.kind(), t) != null) {
                    throw new PolicyException("ConstraintTemplate " + t.name() + ": kind " + t.kind()
                            + " is defined twice; keep one template per kind");
                }
            } else if (GatekeeperConfig.isConfig(object)) {
                if (configObject != null) {
                    throw new PolicyException("Config " + object.name() + ": a second Gatekeeper Config (after "
                            + configObject.name() + "); keep one");
                }
                configObject = object;
                config = GatekeeperConfig.read(object);
            }
        }
        List<Constraint> constraints = new ArrayList<>();
        for (KubeObject object : objects) {
            if (Constraint.isConstraint(object)) {
                CompiledTemplate t = templates.get(object.kind());
                if (t == null) {
                    throw new PolicyException(object.kind() + " " + object.name() + ": no ConstraintTemplate defines"
                            + " the kind " + object.kind() + "; add its template or remove the constraint");
                }
                constraints.add(Constraint.read(object, t.schema()));
            }
        }
        return new PolicySet(Map.copyOf(templates), List.copyOf(constraints), config);
    }

    /** Whether an object is one {@link #of} reads: a ConstraintTemplate, a constraint or a Config. */
    public static boolean isPolicyObject(KubeObject object) {
        return TemplateReader.isTemplate(object) || Constraint.isConstraint(object) || GatekeeperConfig.isConfig(object);
    }

    /** The constraint kinds the templates define ({@code constraints.gatekeeper.sh/v1beta1}, kind per template). */
    public List<GroupVersionKind> constraintKinds() {
        return templates.keySet().stream().sorted()
                .map(k -> new GroupVersionKind(Constraint.GROUP, "v1beta1", k)).toList();
    }

    /** Whether there is nothing to enforce. */
    public boolean isEmpty() {
        return constraints.isEmpty();
    }

    /** The kinds the Config's {@code spec.sync.syncOnly} replicates into the inventory. */
    public List<GroupVersionKind> syncedKinds() {
        return config.syncOnly();
    }

    /** Reviews one object against every constraint that matches it at this point. */
    public Decision review(Review review, EnforcementPoint point, Inventory inventory) {
        if (config.excludes(review.object(), point.process())) {
            return new Decision(List.of(), List.of());
        }
        KubeObject ns = namespaceOf(review, inventory);
        var reviewValue = ReviewInput.review(review, review.namespace());
        List<Violation> violations = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Constraint c : constraints) {
            Optional<EnforcementAction> action = c.actions().at(point);
            if (action.isEmpty()) {
                continue;
            }
            String owner = "constraint " + c.kind() + " " + c.name();
            try {
                if (!matchesAny(c.match(), review, ns)) {
                    continue;
                }
                List<TemplateEngine.Result> results = templates.get(c.kind()).engine()
                        .evaluate(ReviewInput.input(reviewValue, c), inventory.document());
                for (TemplateEngine.Result r : results) {
                    violations.add(violation(c, action.get(), r, review.object()));
                }
            } catch (Match.MissingNamespace e) {
                errors.add(owner + ": " + e.getMessage() + "; add the Namespace to the inventory");
            } catch (PolicyException e) {
                errors.add(owner + ": " + e.getMessage());
            }
        }
        return new Decision(violations, errors);
    }

    private static KubeObject namespaceOf(Review review, Inventory inventory) {
        if (review.namespace() != null) {
            return review.namespace();
        }
        String name = review.object().namespace();
        return name.isEmpty() ? null : inventory.namespace(name).orElse(null);
    }

    private static boolean matchesAny(Match match, Review review, KubeObject ns) throws Match.MissingNamespace {
        if (match.matches(review.object(), ns)) {
            return true;
        }
        return review.oldObject() != null && match.matches(review.oldObject(), ns);
    }

    private static Violation violation(Constraint c, EnforcementAction action, TemplateEngine.Result r,
                                       KubeObject object) {
        return new Violation(c.kind(), c.name(), action, r.message(), r.details(), object.kind(),
                object.namespace(), object.name());
    }
}
