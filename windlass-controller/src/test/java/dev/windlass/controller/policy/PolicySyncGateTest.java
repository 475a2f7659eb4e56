package dev.windlass.controller.policy;

import static dev.windlass.controller.policy.PolicyLoop.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync gate: Gatekeeper constraints reviewed before a sync applies anything. */
@WithSandbox(readyDelayMillis = 100)
class PolicySyncGateTest {

    @TempDir
    Path temp;

    private PolicyLoop loop;

    @BeforeEach
    void start(KubernetesClient client) throws Exception {
        loop = new PolicyLoop(client, temp);
        loop.start();
    }

    @AfterEach
    void stop() {
        loop.close();
    }

    @Test
    void sync_withADeniedObject_failsListingTheViolationAndAppliesNothing() throws Exception {
        installLivePolicy(Policies.requiredLabels("gate-deny-labels", "deny", "gate-deny"));
        loop.write("app/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {a: b}\n");
        loop.write("app/good.yaml", Policies.deployment("good", "gate-deny", "{app: good, team: a}"));
        loop.write("app/bad.yaml", Policies.deployment("bad", "gate-deny", "{app: bad}"));
        loop.commit();

        loop.createApplication("gate-deny", "app", "gate-deny");

        loop.awaitOperation("gate-deny", "Failed");
        assertThat(loop.operationMessage("gate-deny"))
                .contains("denied by policy, nothing was applied")
                .contains("Deployment/gate-deny/bad: [gate-deny-labels] Missing required label: team")
                .doesNotContain("Deployment/gate-deny/good");
        assertThat(loop.conditions("gate-deny", "SyncError")).anySatisfy(message -> assertThat(message)
                .contains("Deployment/gate-deny/bad: [gate-deny-labels] Missing required label: team"));
        assertThat(loop.get(PolicyLoop.DEPLOYMENT, "gate-deny", "bad")).isEmpty();
        assertThat(loop.get(PolicyLoop.DEPLOYMENT, "gate-deny", "good")).isEmpty();
        assertThat(loop.get(PolicyLoop.CONFIG_MAP, "gate-deny", "settings")).isEmpty();
        assertThat(loop.policy().metrics().validations(false)).isPositive();
    }

    @Test
    void sync_withWarnAndDryrunViolations_appliesAndReportsTheWarning() throws Exception {
        installLivePolicy(Policies.requiredLabels("gate-warn-labels", "warn", "gate-soft"));
        loop.applyDirectly(Policies.requiredLabels("gate-dryrun-labels", "dryrun", "gate-soft"));
        PolicyLoop.awaitEnforced(loop.policy(), "gate-dryrun-labels");
        loop.write("app/bad.yaml", Policies.deployment("unlabelled", "gate-soft", "{app: x}"));
        loop.commit();

        loop.createApplication("gate-soft", "app", "gate-soft");

        loop.awaitSyncedAndHealthy("gate-soft");
        assertThat(loop.get(PolicyLoop.DEPLOYMENT, "gate-soft", "unlabelled")).isPresent();
        loop.awaitOperation("gate-soft", "Succeeded");
        assertThat(loop.operationMessage("gate-soft"))
                .contains("policy warnings: Deployment/gate-soft/unlabelled: [gate-warn-labels] Missing required label: team")
                .doesNotContain("gate-dryrun-labels");
    }

    @Test
    void sync_inANamespaceTheConfigExcludes_isNotRefused() throws Exception {
        loop.applyDirectly(Policies.namespace("gatekeeper-system"));
        loop.applyDirectly(Policies.configExcluding("gate-excluded"));
        installLivePolicy(Policies.requiredLabels("gate-excluded-labels", "deny", "gate-excluded"));
        loop.write("app/bad.yaml", Policies.deployment("unlabelled", "gate-excluded", "{}"));
        loop.commit();

        loop.createApplication("gate-excluded", "app", "gate-excluded");

        loop.awaitSyncedAndHealthy("gate-excluded");
        assertThat(loop.get(PolicyLoop.DEPLOYMENT, "gate-excluded", "unlabelled")).isPresent();
    }

    @Test
    void sync_ofATemplateAndItsConstraint_appliesTheTemplateFirstAndEnforcesOnItsWorkloads() throws Exception {
        loop.write("policy/template.yaml", Policies.requiredLabelsTemplate());
        // named so that by name alone the constraint would come before its template
        loop.write("policy/constraint.yaml", Policies.requiredLabels("a-same-sync-labels", "deny", "gate-same"));
        loop.write("policy/bad.yaml", Policies.deployment("bad", "gate-same", "{app: bad}"));
        loop.commit();

        loop.createApplication("gate-same", "policy", "gate-same");

        loop.awaitOperation("gate-same", "Failed");
        assertThat(loop.operationMessage("gate-same"))
                .contains("Deployment/gate-same/bad: [a-same-sync-labels] Missing required label: team");
        assertThat(loop.get(PolicyLoop.TEMPLATE, "", "k8srequiredlabels")).isEmpty();
        // the template in the same render says the constraint kind is cluster-scoped: no "not served" warning
        assertThat(loop.conditions("gate-same", "ComparisonError")).isEmpty();

        loop.remove("policy/bad.yaml");
        loop.commit();
        loop.awaitSyncedAndHealthy("gate-same");
        assertThat(loop.get(PolicyLoop.TEMPLATE, "", "k8srequiredlabels")).isPresent();
        assertThat(loop.get(PolicyLoop.REQUIRED_LABELS, "", "a-same-sync-labels")).isPresent();
    }

    private void installLivePolicy(String constraint) throws Exception {
        loop.applyDirectly(Policies.requiredLabelsTemplate());
        eventually().until(() -> loop.get(PolicyLoop.TEMPLATE, "", "k8srequiredlabels")
                .flatMap(t -> t.field(FieldPath.of("status", "created"))).equals(java.util.Optional.of(Node.of(true))));
        loop.applyDirectly(constraint);
        PolicyLoop.awaitEnforced(loop.policy(), PolicyLoop.parseAll(constraint).get(0).name());
    }
}
