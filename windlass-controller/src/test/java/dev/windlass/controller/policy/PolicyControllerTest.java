package dev.windlass.controller.policy;

import static dev.windlass.controller.policy.PolicyLoop.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.policy.EnforcementAction;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template controller and the audit on the sandbox, without Applications. */
@WithSandbox(readyDelayMillis = 100)
class PolicyControllerTest {

    @TempDir
    Path temp;

    private PolicyLoop loop;
    private PolicyController policy;

    @BeforeEach
    void start(KubernetesClient client) throws Exception {
        loop = new PolicyLoop(client, temp);
        policy = PolicyController.start(loop.cluster, PolicyLoop.SETTINGS, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        policy.close();
        loop.close();
    }

    @Test
    void start_installsTheConstraintTemplateAndConfigCrds() throws Exception {
        KubeObject templates = loop.get(PolicyLoop.CRD, "", "constrainttemplates.templates.gatekeeper.sh").orElseThrow();
        assertThat(versions(templates)).containsExactly("v1", "v1beta1", "v1alpha1");
        assertThat(templates.field(FieldPath.of("spec", "versions")).flatMap(Node::asList).orElseThrow().items())
                .allSatisfy(v -> assertThat(((MapNode) v).getMap("subresources").flatMap(s -> s.getMap("status")))
                        .isPresent());
        assertThat(loop.get(PolicyLoop.CRD, "", "configs.config.gatekeeper.sh")).isPresent();
    }

    @Test
    void template_getsItsConstraintCrdAndStatusCreated() throws Exception {
        loop.applyDirectly(Policies.requiredLabelsTemplate());

        eventually().until(() -> created("k8srequiredlabels"));
        KubeObject crd = loop.get(PolicyLoop.CRD, "", "k8srequiredlabels.constraints.gatekeeper.sh").orElseThrow();
        assertThat(text(crd, "spec", "scope")).isEqualTo("Cluster");
        assertThat(text(crd, "spec", "names", "kind")).isEqualTo("K8sRequiredLabels");
        assertThat(versions(crd)).containsExactly("v1beta1", "v1alpha1");
        assertThat(crd.field(FieldPath.of("spec", "versions")).flatMap(Node::asList).orElseThrow().items().get(0)
                .at(FieldPath.of("schema", "openAPIV3Schema", "properties", "spec", "properties", "parameters",
                        "properties", "labels", "type")).flatMap(Node::asText)).contains("array");
        MapNode pod = byPod(template("k8srequiredlabels"));
        assertThat(pod.getText("id")).contains("windlass-controller");
        assertThat(pod.get("errors")).isEmpty();
    }

    @Test
    void templateThatDoesNotCompile_reportsAnIngestErrorAndGetsNoCrd() throws Exception {
        loop.applyDirectly(Policies.BROKEN_TEMPLATE);

        eventually().until(() -> template("k8sbroken").flatMap(t -> t.field(FieldPath.of("status", "byPod")))
                .isPresent());
        MapNode pod = byPod(template("k8sbroken"));
        MapNode error = (MapNode) pod.getList("errors").orElseThrow().items().get(0);
        assertThat(error.getText("code")).contains("ingest_error");
        assertThat(error.getText("message").orElseThrow()).contains("k8sbroken");
        assertThat(template("k8sbroken").orElseThrow().field(FieldPath.of("status", "created"))).contains(Node.of(false));
        assertThat(loop.get(PolicyLoop.CRD, "", "k8sbroken.constraints.gatekeeper.sh")).isEmpty();
    }

    @Test
    void audit_listsAnExistingViolatorInTheConstraintStatus() throws Exception {
        loop.applyDirectly(Policies.namespace("audit-one"));
        loop.applyDirectly(Policies.deployment("no-team", "audit-one", "{app: web}"));
        loop.applyDirectly(Policies.deployment("labelled", "audit-one", "{app: web, team: a}"));
        installConstraint(Policies.requiredLabels("audit-one-labels", "deny", "audit-one"));

        AuditReport report = policy.audit();

        assertThat(report.totalViolations()).containsEntry("K8sRequiredLabels/audit-one-labels", 1L);
        MapNode status = constraintStatus("audit-one-labels");
        assertThat(status.get("totalViolations")).contains(Node.of(1L));
        assertThat(status.getText("auditTimestamp")).isPresent();
        MapNode pod = (MapNode) status.getList("byPod").orElseThrow().items().get(0);
        assertThat(pod.get("enforced")).contains(Node.of(true));
        MapNode violation = (MapNode) status.getList("violations").orElseThrow().items().get(0);
        assertThat(violation.asJavaMap()).containsEntry("enforcementAction", Node.of("deny"))
                .containsEntry("group", Node.of("apps")).containsEntry("version", Node.of("v1"))
                .containsEntry("kind", Node.of("Deployment")).containsEntry("name", Node.of("no-team"))
                .containsEntry("namespace", Node.of("audit-one"))
                .containsEntry("message", Node.of("Missing required label: team"));
        assertThat(policy.metrics().violations(EnforcementAction.DENY)).isEqualTo(1);
        assertThat(policy.metrics().prometheusText())
                .contains("gatekeeper_violations{enforcement_action=\"deny\"} 1")
                .contains("gatekeeper_audit_last_run_time ");
    }

    @Test
    void audit_countsEveryViolationButListsAtMostTwenty() throws Exception {
        loop.applyDirectly(Policies.namespace("audit-many"));
        for (int i = 0; i < 23; i++) {
            loop.applyDirectly(Policies.deployment("d" + i, "audit-many", "{team: a}"));
        }
        installConstraint(Policies.requiredLabels("audit-many-labels", "dryrun", "audit-many"));

        policy.audit();

        MapNode status = constraintStatus("audit-many-labels");
        assertThat(status.get("totalViolations")).contains(Node.of(23L));
        assertThat(status.getList("violations").orElseThrow().items()).hasSize(20)
                .allSatisfy(v -> assertThat(((MapNode) v).getText("enforcementAction")).contains("dryrun"));
    }

    @Test
    void audit_leavesOutNamespacesTheConfigExcludes() throws Exception {
        loop.applyDirectly(Policies.namespace("gatekeeper-system"));
        loop.applyDirectly(Policies.namespace("audit-excluded"));
        loop.applyDirectly(Policies.deployment("no-labels", "audit-excluded", "{}"));
        loop.applyDirectly(Policies.configExcluding("audit-excluded"));
        installConstraint(Policies.requiredLabels("audit-excluded-labels", "deny", "audit-excluded"));

        policy.audit();

        MapNode status = constraintStatus("audit-excluded-labels");
        assertThat(status.get("totalViolations")).contains(Node.of(0L));
        assertThat(status.get("violations")).isEmpty();
    }

    private void installConstraint(String constraint) throws Exception {
        loop.applyDirectly(Policies.requiredLabelsTemplate());
        eventually().until(() -> created("k8srequiredlabels"));
        loop.applyDirectly(constraint);
        String name = PolicyLoop.parseAll(constraint).get(0).name();
        PolicyLoop.awaitEnforced(policy, name);
    }

    private MapNode constraintStatus(String name) throws Exception {
        return loop.get(PolicyLoop.REQUIRED_LABELS, "", name).flatMap(c -> c.content().getMap("status"))
                .orElse(MapNode.empty());
    }

    private Optional<KubeObject> template(String name) throws Exception {
        return loop.get(PolicyLoop.TEMPLATE, "", name);
    }

    private boolean created(String name) throws Exception {
        return template(name).flatMap(t -> t.field(FieldPath.of("status", "created"))).equals(Optional.of(Node.of(true)));
    }

    private static MapNode byPod(Optional<KubeObject> template) {
        return (MapNode) template.orElseThrow().field(FieldPath.of("status", "byPod")).flatMap(Node::asList)
                .orElseThrow().items().get(0);
    }

    private static List<String> versions(KubeObject crd) {
        return crd.field(FieldPath.of("spec", "versions")).flatMap(Node::asList).orElseThrow().items().stream()
                .map(v -> ((MapNode) v).getText("name").orElse("")).toList();
    }

    private static String text(KubeObject object, String... path) {
        return object.field(FieldPath.of(path)).flatMap(Node::asText).orElse("");
    }
}
