package dev.windlass.policy;

import java.util.Objects;

/**
  * One violation: which constraint, what it does, and Rego's {@code msg} and {@code details}.
  *
  * @param constraintKind the constraint kind ({@code K8sRequiredLabels})
  * @param constraintName the constraint's name
  * @param action the resolved enforcement action at the point of review
  * @param message the {@code msg} the policy produced
  * @param details the {@code details} object as plain Java data (maps, lists, strings, numbers), or null
  * @param kind the reviewed object's kind
  * @param namespace the reviewed object's namespace, empty for cluster-scoped objects
  * @param name the reviewed object's name
  */
public record Violation(String constraintKind, String constraintName, EnforcementAction action, String message,
                        Object details, String kind, String namespace, String name) {
    public Violation {
        Objects.requireNonNull(constraintKind, "constraintKind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(message, "message");
    }

    /** {@code [constraint-name] message}, as Gatekeeper's admission denial lists each violation. */
    public String denialLine() {
        return "[" + constraintName + "] " + message;
    }
}
