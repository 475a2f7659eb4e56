package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End-to-end reviews through the Rego evaluator. */
class PolicySetTest {
    private static final String CONSTRAINT = """
            apiVersion: constraints.gatekeeper.sh/v1beta1
            kind: K8sRequiredLabels
            metadata: {name: must-have-owner}
            spec:
              match: {kinds: [{apiGroups: [''], kinds: [Namespace, Pod]}]}
              parameters: {labels: [owner]}
            """;

    private static PolicySet set(String... yamls) throws PolicyException {
        List<KubeObject> objects = new ArrayList<>();
        for (String y : yamls) {
            objects.addAll(TestObjects.all(y));
        }
        return PolicySet.of(objects);
    }

    @Test
    void missingLabel_isADenyViolationWithMessageAndDetails() throws PolicyException {
        Decision d = set(TestObjects.REQUIRED_LABELS_TEMPLATE, CONSTRAINT)
                .review(Review.create(TestObjects.namespace("prod")), EnforcementPoint.WEBHOOK, Inventory.empty());
        assertThat(d.errors()).isEmpty();
        assertThat(d.denied()).isTrue();
        Violation v = d.violations().get(0);
        assertThat(v.constraintKind()).isEqualTo("K8sRequiredLabels");
        assertThat(v.constraintName()).isEqualTo("must-have-owner");
        assertThat(v.message()).isEqualTo("you must provide labels: {\"owner\"}");
        assertThat(v.details()).isEqualTo(Map.of("missing", java.util.Set.of("owner")));
        assertThat(v.kind()).isEqualTo("Namespace");
        assertThat(v.name()).isEqualTo("prod");
        assertThat(v.denialLine()).isEqualTo("[must-have-owner] you must provide labels: {\"owner\"}");
    }

    @Test
    void presentLabel_isAllowed() throws PolicyException {
        Decision d = set(TestObjects.REQUIRED_LABELS_TEMPLATE, CONSTRAINT)
                .review(Review.create(TestObjects.namespace("prod", "owner", "me")), EnforcementPoint.WEBHOOK,
                        Inventory.empty());
        assertThat(d.violations()).isEmpty();
        assertThat(d.denied()).isFalse();
    }

    @Test
    void unmatchedKinds_areNotEvaluated() throws PolicyException {
        Decision d = set(TestObjects.REQUIRED_LABELS_TEMPLATE, CONSTRAINT).review(Review.create(TestObjects.yaml(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, namespace: a}")),
                EnforcementPoint.WEBHOOK, Inventory.empty());
        assertThat(d.violations()).isEmpty();
    }

    @Test
    void dryrunConstraint_reportsButDoesNotDeny() throws PolicyException {
        Decision d = set(TestObjects.REQUIRED_LABELS_TEMPLATE, CONSTRAINT.replace("spec:\n",
                "spec:\n  enforcementAction: dryrun\n"))
                .review(Review.create(TestObjects.namespace("prod")), EnforcementPoint.AUDIT, Inventory.empty());
        assertThat(d.violations()).singleElement().extracting(Violation::action).isEqualTo(EnforcementAction.DRYRUN);
        assertThat(d.denied()).isFalse();
    }

    @Test
    void configExclusion_skipsTheReviewForThatProcess() throws PolicyException {
        String config = """
                apiVersion: config.gatekeeper.sh/v1alpha1
                kind: Config
                metadata: {name: config}
                spec: {match: [{excludedNamespaces: [prod], processes: [webhook]}]}
                """;
        PolicySet set = set(TestObjects.REQUIRED_LABELS_TEMPLATE, CONSTRAINT, config);
        Review review = Review.create(TestObjects.pod("prod", "p"));
        assertThat(set.review(review, EnforcementPoint.WEBHOOK, Inventory.empty()).violations()).isEmpty();
        assertThat(set.review(review, EnforcementPoint.AUDIT, Inventory.empty()).violations()).hasSize(1);
    }

    @Test
    void namespaceSelector_usesTheInventoryNamespace() throws PolicyException {
        PolicySet set = set(TestObjects.REQUIRED_LABELS_TEMPLATE,
                CONSTRAINT.replace("  parameters:", "  match:\n    namespaceSelector: {matchLabels: {env: prod}}\n  parameters:")
                        .replace("  match: {kinds: [{apiGroups: [''], kinds: [Namespace, Pod]}]}\n", ""));
        Review review = Review.create(TestObjects.pod("a", "p"));
        Inventory prod = Inventory.of(List.of(TestObjects.namespace("a", "env", "prod")));
        Inventory dev = Inventory.of(List.of(TestObjects.namespace("a", "env", "dev")));
        assertThat(set.review(review, EnforcementPoint.GATOR, prod).violations()).hasSize(1);
        assertThat(set.review(review, EnforcementPoint.GATOR, dev).violations()).isEmpty();
        assertThat(set.review(review, EnforcementPoint.GATOR, Inventory.empty()).errors())
                .singleElement().asString().startsWith("constraint K8sRequiredLabels must-have-owner: ");
    }

    @Test
    void inventory_isVisibleAsDataInventory() throws PolicyException {
        String template = """
                apiVersion: templates.gatekeeper.sh/v1
                kind: ConstraintTemplate
                metadata: {name: k8suniquename}
                spec:
                  crd: {spec: {names: {kind: K8sUniqueName}}}
                  targets:
                    - target: admission.k8s.gatekeeper.sh
                      rego: |
                        package k8suniquename
                        violation[{"msg": msg}] {
                          other := data.inventory.namespace[ns]["v1"]["Pod"][name]
                          name == input.review.object.metadata.name
                          ns != input.review.object.metadata.namespace
                          msg := sprintf("name %v is taken in %v", [name, ns])
                        }
                """;
        PolicySet set = set(template, "apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sUniqueName\n"
                + "metadata: {name: unique}\n");
        Decision d = set.review(Review.create(TestObjects.pod("a", "web")), EnforcementPoint.GATOR,
                Inventory.of(List.of(TestObjects.pod("b", "web"))));
        assertThat(d.violations()).extracting(Violation::message).containsExactly("name web is taken in b");
    }

    @Test
    void libs_areImportedFromLib() throws PolicyException {
        String template = """
                apiVersion: templates.gatekeeper.sh/v1
                kind: ConstraintTemplate
                metadata: {name: k8snoupdate}
                spec:
                  crd: {spec: {names: {kind: K8sNoUpdate}}}
                  targets:
                    - target: admission.k8s.gatekeeper.sh
                      rego: |
                        package k8snoupdate
                        import data.lib.ops.is_update
                        violation[{"msg": "no updates"}] { is_update(input.review) }
                      libs:
                        - |
                          package lib.ops
                          is_update(review) { review.operation == "UPDATE" }
                """;
        PolicySet set = set(template, "apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sNoUpdate\n"
                + "metadata: {name: c}\n");
        KubeObject pod = TestObjects.pod("a", "p");
        assertThat(set.review(new Review(pod, pod, "UPDATE", Map.of(), null), EnforcementPoint.GATOR,
                Inventory.empty()).violations()).hasSize(1);
        assertThat(set.review(Review.create(pod), EnforcementPoint.GATOR, Inventory.empty()).violations()).isEmpty();
    }

    @Test
    void libOutsideLib_isRejected() {
        String template = TestObjects.REQUIRED_LABELS_TEMPLATE.replace("      rego: |",
                "      libs: [\"package helpers\\n\"]\n      rego: |");
        assertThatThrownBy(() -> set(template)).hasMessageContaining("libs[0]")
                .hasMessageContaining("must be under lib");
    }

    @Test
    void regoWithoutViolation_isRejected() {
        String template = TestObjects.REQUIRED_LABELS_TEMPLATE.replace("violation[", "deny[");
        assertThatThrownBy(() -> set(template)).hasMessageContaining("ConstraintTemplate k8srequiredlabels")
                .hasMessageContaining("must define the rule violation");
    }

    @Test
    void brokenRego_isRejectedNamingTheTemplate() {
        String template = TestObjects.REQUIRED_LABELS_TEMPLATE.replace("count(missing) > 0", "count(missing) > > 0");
        assertThatThrownBy(() -> set(template)).hasMessageContaining("ConstraintTemplate k8srequiredlabels")
                .hasMessageContaining("does not parse");
    }

    @Test
    void constraintWithoutTemplate_isRejected() {
        assertThatThrownBy(() -> set(CONSTRAINT)).hasMessageContaining("K8sRequiredLabels must-have-owner")
                .hasMessageContaining("no ConstraintTemplate defines the kind K8sRequiredLabels");
    }

    @Test
    void duplicateTemplates_areRejected() {
        assertThatThrownBy(() -> set(TestObjects.REQUIRED_LABELS_TEMPLATE, TestObjects.REQUIRED_LABELS_TEMPLATE))
                .hasMessageContaining("is defined twice");
    }

    @Test
    void constraintKindsAndSyncedKinds_describeTheSet() throws PolicyException {
        PolicySet set = set(TestObjects.REQUIRED_LABELS_TEMPLATE, """
                apiVersion: config.gatekeeper.sh/v1alpha1
                kind: Config
                metadata: {name: config}
                spec: {sync: {syncOnly: [{group: '', version: v1, kind: Namespace}]}}
                """);
        assertThat(set.constraintKinds())
                .containsExactly(new GroupVersionKind("constraints.gatekeeper.sh", "v1beta1", "K8sRequiredLabels"));
        assertThat(set.syncedKinds()).containsExactly(new GroupVersionKind("", "v1", "Namespace"));
        assertThat(set.isEmpty()).isTrue();
    }

    @Test
    void empty_allowsEverything() {
        assertThat(PolicySet.empty().isEmpty()).isTrue();
        assertThat(PolicySet.empty().review(Review.create(TestObjects.pod("a", "b")), EnforcementPoint.WEBHOOK,
                Inventory.empty()).violations()).isEmpty();
    }

    @Test
    void isPolicyObject_recognisesTemplatesConstraintsAndConfig() {
        assertThat(PolicySet.isPolicyObject(TestObjects.yaml(TestObjects.REQUIRED_LABELS_TEMPLATE))).isTrue();
        assertThat(PolicySet.isPolicyObject(TestObjects.yaml(CONSTRAINT))).isTrue();
        assertThat(PolicySet.isPolicyObject(TestObjects.pod("a", "b"))).isFalse();
    }
}
