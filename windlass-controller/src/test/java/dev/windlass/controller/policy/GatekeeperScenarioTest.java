package dev.windlass.controller.policy;

import static dev.windlass.controller.policy.PolicyLoop.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's scenario 4 as written (examples/gatekeeper-policy: the template, constraint and Config
 * of s4-gatekeeper-policy.yaml), through the Applications of examples/apps/gatekeeper-policy.yaml and
 * examples/gatekeeper-policy/apps.
 */
@WithSandbox(readyDelayMillis = 100)
class GatekeeperScenarioTest {

    private static final String EXAMPLES_REPO = "https://github.com/windlass-dev/examples";

    @TempDir
    Path temp;

    private PolicyLoop loop;

    @BeforeEach
    void start(KubernetesClient client) throws Exception {
        loop = new PolicyLoop(client, temp);
        loop.copyExample("gatekeeper-policy/policy", "gatekeeper-policy/policy");
        loop.copyExample("gatekeeper-policy/workloads", "gatekeeper-policy/workloads");
        loop.copyExample("gatekeeper-policy/violating", "gatekeeper-policy/violating");
        loop.commit();
        loop.start();
    }

    @AfterEach
    void stop() {
        loop.close();
    }

    @Test
    void scenario4_policySyncsThenTheCompliantWorkloadSyncsAndTheViolatingOneIsRefused() throws Exception {
        String apps = Files.readString(PolicyLoop.examples().resolve("apps/gatekeeper-policy.yaml"))
                .replace(EXAMPLES_REPO, PolicyLoop.REPO_URL);
        String[] documents = apps.split("\n---\n");
        loop.applyDirectly(documents[0]);
        loop.awaitSyncedAndHealthy("gatekeeper-policy");
        eventually().until(() -> loop.get(PolicyLoop.TEMPLATE, "", "k8srequiredlabels")
                .flatMap(t -> t.field(FieldPath.of("status", "created"))).equals(Optional.of(Node.of(true))));
        assertThat(loop.get(PolicyLoop.REQUIRED_LABELS, "", "deployment-must-have-labels")).isPresent();
        // the staging namespace comes in a later wave than the policy: once it exists, the policy is in force
        assertThat(loop.get(PolicyLoop.NAMESPACE, "", "staging")).isPresent();

        loop.applyDirectly(documents[1]);
        loop.awaitSyncedAndHealthy("policy-compliant-workload");
        assertThat(loop.get(PolicyLoop.DEPLOYMENT, "production", "billing")).isPresent();

        loop.applyDirectly(Files.readString(PolicyLoop.examples()
                .resolve("gatekeeper-policy/apps/policy-violating-workload.yaml")).replace(EXAMPLES_REPO,
                PolicyLoop.REPO_URL));
        loop.awaitOperation("policy-violating-workload", "Failed");
        assertThat(loop.operationMessage("policy-violating-workload"))
                .contains("Deployment/staging/reports: [deployment-must-have-labels] Missing required label: team")
                .contains("Deployment/staging/reports: [deployment-must-have-labels] Missing required label: environment")
                .doesNotContain("label: app").doesNotContain("label: version");
        assertThat(loop.conditions("policy-violating-workload", "SyncError")).isNotEmpty();
        assertThat(loop.syncStatus("policy-violating-workload")).isEqualTo("OutOfSync");
        assertThat(loop.get(PolicyLoop.DEPLOYMENT, "staging", "reports")).isEmpty();
    }

    private MapNode status() throws Exception {
        return loop.get(PolicyLoop.REQUIRED_LABELS, "", "deployment-must-have-labels")
                .flatMap(c -> c.content().getMap("status")).orElse(MapNode.empty());
    }

    @Test
    void scenario4_auditReportsADeploymentCreatedOutsideGitOps() throws Exception {
        String apps = Files.readString(PolicyLoop.examples().resolve("apps/gatekeeper-policy.yaml"))
                .replace(EXAMPLES_REPO, PolicyLoop.REPO_URL);
        for (String document : apps.split("\n---\n")) {
            loop.applyDirectly(document);
        }
        loop.awaitSyncedAndHealthy("gatekeeper-policy");
        loop.awaitSyncedAndHealthy("policy-compliant-workload");
        PolicyLoop.awaitEnforced(loop.policy(), "deployment-must-have-labels");
        loop.applyDirectly(Policies.deployment("handmade", "production", "{app: handmade, version: v1}"));

        AuditReport report = loop.policy().audit();

        assertThat(report.totalViolations()).containsEntry("K8sRequiredLabels/deployment-must-have-labels", 2L);
        // the constraint is tracked by the policy application, so reads come from a watch-fed cache
        eventually().until(() -> status().get("auditTimestamp").isPresent());
        MapNode status = status();
        assertThat(status.get("totalViolations")).contains(Node.of(2L));
        assertThat(status.getList("violations").orElseThrow().items())
                .extracting(v -> ((MapNode) v).getText("name").orElse("") + ": " + ((MapNode) v).getText("message")
                        .orElse(""))
                .containsExactlyInAnyOrder("handmade: Missing required label: team",
                        "handmade: Missing required label: environment");
    }
}
