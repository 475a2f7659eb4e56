package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActionSpecTest {
    private static final Fields F = new Fields("K8sX c");

    private static ActionSpec parse(String spec) throws PolicyException {
        return ActionSpec.parse(TestObjects.map(spec), F);
    }

    @Test
    void absent_isDenyEverywhere() throws PolicyException {
        ActionSpec a = parse("{}");
        for (EnforcementPoint p : EnforcementPoint.values()) {
            assertThat(a.at(p)).contains(EnforcementAction.DENY);
        }
    }

    @Test
    void plainActions_applyAtEveryPoint() throws PolicyException {
        assertThat(parse("enforcementAction: dryrun").at(EnforcementPoint.AUDIT)).contains(EnforcementAction.DRYRUN);
        assertThat(parse("enforcementAction: warn").at(EnforcementPoint.WEBHOOK)).contains(EnforcementAction.WARN);
    }

    @Test
    void unknownAction_isRejectedNamingTheField() {
        assertThatThrownBy(() -> parse("enforcementAction: block"))
                .hasMessageContaining("K8sX c: spec.enforcementAction: \"block\" is not a supported enforcement action");
    }

    @Test
    void scoped_resolvesPerEnforcementPoint() throws PolicyException {
        ActionSpec a = parse("""
                enforcementAction: scoped
                scopedEnforcementActions:
                  - action: deny
                    enforcementPoints: [{name: validation.gatekeeper.sh}]
                  - action: warn
                    enforcementPoints: [{name: audit.gatekeeper.sh}]
                """);
        assertThat(a.at(EnforcementPoint.WEBHOOK)).contains(EnforcementAction.DENY);
        assertThat(a.at(EnforcementPoint.AUDIT)).contains(EnforcementAction.WARN);
        assertThat(a.at(EnforcementPoint.GATOR)).isEmpty();
    }

    @Test
    void scopedStar_namesEveryPoint() throws PolicyException {
        ActionSpec a = parse("""
                enforcementAction: scoped
                scopedEnforcementActions: [{action: dryrun, enforcementPoints: [{name: '*'}]}]
                """);
        assertThat(a.at(EnforcementPoint.GATOR)).contains(EnforcementAction.DRYRUN);
    }

    @Test
    void scoped_takesTheStrongestActionForAPoint() throws PolicyException {
        ActionSpec a = parse("""
                enforcementAction: scoped
                scopedEnforcementActions:
                  - {action: warn, enforcementPoints: [{name: '*'}]}
                  - {action: deny, enforcementPoints: [{name: gator.gatekeeper.sh}]}
                """);
        assertThat(a.at(EnforcementPoint.GATOR)).contains(EnforcementAction.DENY);
        assertThat(a.at(EnforcementPoint.WEBHOOK)).contains(EnforcementAction.WARN);
    }

    @Test
    void scopedWithoutEntries_isRejected() {
        assertThatThrownBy(() -> parse("enforcementAction: scoped"))
                .hasMessageContaining("spec.scopedEnforcementActions: is required");
    }
}
