package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConstraintTest {
    private static final ParameterSchema SCHEMA = new ParameterSchema(TestObjects.map(
            "type: object\nproperties: {labels: {type: array, items: {type: string}}}"));

    private static Constraint read(String yaml) throws PolicyException {
        return Constraint.read(TestObjects.yaml(yaml), SCHEMA);
    }

    @Test
    void constraint_readsMatchParametersAndAction() throws PolicyException {
        Constraint c = read("""
                apiVersion: constraints.gatekeeper.sh/v1beta1
                kind: K8sRequiredLabels
                metadata: {name: must-have-owner}
                spec:
                  enforcementAction: warn
                  match: {kinds: [{apiGroups: [''], kinds: [Namespace]}]}
                  parameters: {labels: [owner]}
                """);
        assertThat(c.kind()).isEqualTo("K8sRequiredLabels");
        assertThat(c.name()).isEqualTo("must-have-owner");
        assertThat(c.match().kinds()).hasSize(1);
        assertThat(c.parameters().toPlain()).isEqualTo(java.util.Map.of("labels", java.util.List.of("owner")));
        assertThat(c.actions().at(EnforcementPoint.WEBHOOK)).contains(EnforcementAction.WARN);
    }

    @Test
    void noSpec_matchesEverythingWithoutParameters() throws PolicyException {
        Constraint c = read("apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sX\nmetadata: {name: c}");
        assertThat(c.match()).isEqualTo(Match.ALL);
        assertThat(c.parameters()).isNull();
    }

    @Test
    void badParameters_areASchemaErrorNamingConstraintAndField() {
        assertThatThrownBy(() -> read("""
                apiVersion: constraints.gatekeeper.sh/v1beta1
                kind: K8sRequiredLabels
                metadata: {name: c1}
                spec: {parameters: {labels: owner}}
                """))
                .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.isSchemaError()).isTrue())
                .hasMessageContaining("constraint K8sRequiredLabels c1")
                .hasMessageContaining("spec.parameters.labels: must be of type array, got string");
    }

    @Test
    void badMatch_isNotASchemaError() {
        assertThatThrownBy(() -> read("""
                apiVersion: constraints.gatekeeper.sh/v1beta1
                kind: K8sX
                metadata: {name: c1}
                spec: {match: {kinds: Pod}}
                """))
                .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.isSchemaError()).isFalse());
    }
}
