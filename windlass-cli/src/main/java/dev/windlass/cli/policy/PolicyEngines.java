package dev.windlass.cli.policy;

import dev.windlass.policy.PolicySet;

/** The {@code --engine} values of {@code windlass policy}. */
final class PolicyEngines {
    private PolicyEngines() {
    }

    /** {@code rego} or {@code cel}; null for anything else. */
    static PolicySet.Engine parse(String text) {
        if (text.equals("rego")) {
            return PolicySet.Engine.REGO_FIRST;
        }
        return text.equals("cel") ? PolicySet.Engine.CEL_FIRST : null;
    }
}
