package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {
    private static Violation violation(EnforcementAction action) {
        return new Violation("K8sX", "c", action, "bad", null, "Pod", "a", "p");
    }

    @Test
    void denied_onlyForDenyViolations() {
        assertThat(new Decision(List.of(violation(EnforcementAction.WARN), violation(EnforcementAction.DRYRUN)), List.of())
                .denied()).isFalse();
        assertThat(new Decision(List.of(violation(EnforcementAction.DENY)), List.of()).denied()).isTrue();
    }

    @Test
    void denialLine_namesTheConstraint() {
        assertThat(violation(EnforcementAction.DENY).denialLine()).isEqualTo("[c] bad");
    }

    @Test
    void wireNames_areGatekeepers() {
        assertThat(EnforcementAction.DRYRUN.wireName()).isEqualTo("dryrun");
        assertThat(EnforcementPoint.AUDIT.gatekeeperName()).isEqualTo("audit.gatekeeper.sh");
        assertThat(EnforcementPoint.GATOR.gatekeeperName()).isEqualTo("gator.gatekeeper.sh");
    }
}
