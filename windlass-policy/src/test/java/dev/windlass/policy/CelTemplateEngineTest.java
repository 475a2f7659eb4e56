package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.KubeObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CEL (K8sNativeValidation) templates, end to end through {@link PolicySet}. */
class CelTemplateEngineTest {
    private static final String TEMPLATE = """
            apiVersion: templates.gatekeeper.sh/v1
            kind: ConstraintTemplate
            metadata: {name: k8sprivileged}
            spec:
              crd:
                spec:
                  names: {kind: K8sPrivileged}
                  validation:
                    openAPIV3Schema:
                      type: object
                      properties:
                        exemptImages: {type: array, items: {type: string}}
              targets:
                - target: admission.k8s.gatekeeper.sh
                  code:
                    - engine: K8sNativeValidation
                      source:
                        variables:
                          - name: containers
                            expression: 'has(variables.anyObject.spec.containers) ? variables.anyObject.spec.containers : []'
                          - name: exempt
                            expression: 'has(variables.params.exemptImages) ? variables.params.exemptImages : []'
                          - name: bad
                            expression: >-
                              variables.containers.filter(c, has(c.securityContext) &&
                              has(c.securityContext.privileged) && c.securityContext.privileged &&
                              !(c.image in variables.exempt))
                        matchConditions:
                          - name: not-kube-system
                            expression: 'variables.anyObject.metadata.name != "skip-me"'
                        validations:
                          - expression: '(has(request.operation) && request.operation == "UPDATE") || size(variables.bad) == 0'
                            messageExpression: '"Privileged container is not allowed: " + variables.bad[0].name'
                          - expression: 'variables.containers.size() < 3'
                            message: too many containers
                          - expression: 'variables.containers.all(c, c.name != "forbidden")'
            """;

    private static final String CONSTRAINT = """
            apiVersion: constraints.gatekeeper.sh/v1beta1
            kind: K8sPrivileged
            metadata: {name: no-privileged}
            spec:
              parameters: {exemptImages: [safe]}
            """;

    private static PolicySet set() throws PolicyException {
        return PolicySet.of(List.of(TestObjects.yaml(TEMPLATE), TestObjects.yaml(CONSTRAINT)));
    }

    private static KubeObject pod(String name, String containers) {
        return TestObjects.yaml("apiVersion: v1\nkind: Pod\nmetadata: {name: " + name + ", namespace: a}\n"
                + "spec: {containers: " + containers + "}\n");
    }

    private static List<String> messages(PolicySet set, Review review) {
        Decision d = set.review(review, EnforcementPoint.GATOR, Inventory.empty());
        assertThat(d.errors()).isEmpty();
        return d.violations().stream().map(Violation::message).toList();
    }

    @Test
    void privilegedContainer_violatesWithTheMessageExpression() throws PolicyException {
        assertThat(messages(set(), Review.create(pod("p",
                "[{name: nginx, image: nginx, securityContext: {privileged: true}}]"))))
                .containsExactly("Privileged container is not allowed: nginx");
    }

    @Test
    void unprivilegedContainer_passes() throws PolicyException {
        assertThat(messages(set(), Review.create(pod("p", "[{name: nginx, image: nginx}]")))).isEmpty();
    }

    @Test
    void parameters_areVariablesParams() throws PolicyException {
        assertThat(messages(set(), Review.create(pod("p",
                "[{name: s, image: safe, securityContext: {privileged: true}}]")))).isEmpty();
    }

    @Test
    void update_isAllowedByTheRequestOperation() throws PolicyException {
        KubeObject p = pod("p", "[{name: nginx, image: nginx, securityContext: {privileged: true}}]");
        assertThat(messages(set(), new Review(p, p, "UPDATE", Map.of(), null))).isEmpty();
    }

    @Test
    void falseMatchCondition_skipsTheValidations() throws PolicyException {
        assertThat(messages(set(), Review.create(pod("skip-me",
                "[{name: nginx, image: nginx, securityContext: {privileged: true}}]")))).isEmpty();
    }

    @Test
    void staticMessage_andDefaultMessage() throws PolicyException {
        assertThat(messages(set(), Review.create(pod("p", "[{name: a}, {name: b}, {name: forbidden}]"))))
                .containsExactly("too many containers", "failed expression: variables.containers.all(c, c.name != \"forbidden\")");
    }

    @Test
    void celOnlyTemplate_isUsedWithTheDefaultEngine() throws PolicyException {
        assertThat(set().constraintKinds()).hasSize(1);
    }

    @Test
    void brokenExpression_isRejectedNamingTheField() {
        assertThatThrownBy(() -> PolicySet.of(List.of(TestObjects.yaml(TEMPLATE.replace("size(variables.bad) == 0",
                "size(variables.bad) ==")))))
                .hasMessageContaining("ConstraintTemplate k8sprivileged")
                .hasMessageContaining("validations[0].expression: the CEL does not compile");
    }

    @Test
    void evaluationError_isAnErrorNamingTheConstraint() throws PolicyException {
        String template = TEMPLATE.replace("'variables.containers.size() < 3'", "'variables.containers[5].name == \"x\"'");
        PolicySet set = PolicySet.of(List.of(TestObjects.yaml(template), TestObjects.yaml(CONSTRAINT)));
        Decision d = set.review(Review.create(pod("p", "[{name: a}]")), EnforcementPoint.GATOR, Inventory.empty());
        assertThat(d.errors()).singleElement().asString().startsWith("constraint K8sPrivileged no-privileged: ");
    }

    @Test
    void celFirst_choosesCelWhenATemplateHasBoth() throws PolicyException {
        String both = TEMPLATE.replace("                  code:\n", "                  code:\n"
                + "                    - engine: Rego\n"
                + "                      source:\n"
                + "                        rego: |\n"
                + "                          package k8sprivileged\n"
                + "                          violation[{\"msg\": \"rego\"}] { true }\n");
        PolicySet set = PolicySet.of(List.of(TestObjects.yaml(both), TestObjects.yaml(CONSTRAINT)),
                PolicySet.Engine.CEL_FIRST);
        assertThat(messages(set, Review.create(pod("p", "[{name: nginx, image: nginx}]")))).isEmpty();
    }

    @Test
    void unusedVariable_isNeverEvaluated() throws PolicyException {
        String template = TEMPLATE.replace("                        variables:\n",
                "                        variables:\n"
                + "                          - name: broken\n"
                + "                            expression: 'variables.anyObject.spec.missing.field'\n");
        PolicySet set = PolicySet.of(List.of(TestObjects.yaml(template), TestObjects.yaml(CONSTRAINT)));
        assertThat(messages(set, Review.create(pod("p", "[{name: nginx, image: nginx}]")))).isEmpty();
    }

    @Test
    void constraintWithoutParameters_hasEmptyParams() throws PolicyException {
        PolicySet set = PolicySet.of(List.of(TestObjects.yaml(TEMPLATE), TestObjects.yaml(
                "apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sPrivileged\nmetadata: {name: c}\n")));
        assertThat(messages(set, Review.create(pod("p",
                "[{name: s, image: safe, securityContext: {privileged: true}}]"))))
                .containsExactly("Privileged container is not allowed: s");
    }

    @Test
    void namespaceObject_isTheSideloadedNamespace() throws PolicyException {
        String template = TEMPLATE.replace("'variables.containers.size() < 3'",
                "'namespaceObject == null || namespaceObject.metadata.name != \"locked\"'");
        PolicySet set = PolicySet.of(List.of(TestObjects.yaml(template), TestObjects.yaml(CONSTRAINT)));
        Review review = Review.create(pod("p", "[{name: a}]"));
        assertThat(messages(set, review.withNamespace(TestObjects.namespace("locked")))).containsExactly("too many containers");
        assertThat(messages(set, review)).isEmpty();
    }
}
