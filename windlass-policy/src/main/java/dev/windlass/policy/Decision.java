package dev.windlass.policy;

import java.util.List;

/**
  * The outcome of reviewing one object against every matching constraint.
  *
  * @param violations violations of all actions, in constraint order
  * @param errors constraints whose evaluation failed, as messages naming the constraint
  */
public record Decision(List<Violation> violations, List<String> errors) {
    public Decision {
        violations = List.copyOf(violations);
        errors = List.copyOf(errors);
    }

    /** Whether any violation has action {@code deny}. */
    public boolean denied() {
        return violations.stream().anyMatch(v -> v.action() == EnforcementAction.DENY);
    }
}
