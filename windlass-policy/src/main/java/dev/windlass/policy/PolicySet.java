package dev.windlass.policy;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import java.util.Collection;
import java.util.List;

/**
  * ConstraintTemplates, their constraints and the Gatekeeper Config, compiled: immutable and safe
  * to use from many threads. Build it from the policy objects of a render or a cluster, then
  * {@link #review} objects at an enforcement point.
  */
public final class PolicySet {
    private PolicySet() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** An empty set that allows everything. */
    public static PolicySet empty() {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
      * Compiles the ConstraintTemplates, constraints and Config among {@code objects}; other objects
      * are ignored. Fails naming the object and field when a template does not compile, a
      * constraint's kind has no template, or its parameters do not fit the template's schema.
      */
    public static PolicySet of(Collection<KubeObject> objects) throws PolicyException {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Whether an object is one {@link #of} reads: a ConstraintTemplate, a constraint or a Config. */
    public static boolean isPolicyObject(KubeObject object) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The constraint kinds the templates define ({@code constraints.gatekeeper.sh/v1beta1}, kind per template). */
    public List<GroupVersionKind> constraintKinds() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Whether there is nothing to enforce. */
    public boolean isEmpty() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The kinds the Config's {@code spec.sync.syncOnly} replicates into the inventory. */
    public List<GroupVersionKind> syncedKinds() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Reviews one object against every constraint that matches it at this point. */
    public Decision review(Review review, EnforcementPoint point, Inventory inventory) {
        throw new UnsupportedOperationException("not written yet");
    }
}
