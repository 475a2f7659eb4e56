package dev.windlass.cli.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code windlass policy test}: gator test's lines, formats and exit codes. */
class PolicyTestCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(dir.resolve("policies"));
        Files.createDirectories(dir.resolve("deploy/sub"));
        Files.writeString(dir.resolve("policies/template.yaml"), PolicyCliRun.TEMPLATE);
        Files.writeString(dir.resolve("constraint.yaml"), PolicyCliRun.CONSTRAINT);
        Files.writeString(dir.resolve("deploy/good.yaml"),
                "apiVersion: v1\nkind: Pod\nmetadata: {name: good, namespace: prod, labels: {owner: me}}\n");
        Files.writeString(dir.resolve("deploy/sub/bad.yaml"),
                "apiVersion: v1\nkind: Pod\nmetadata: {name: bad, namespace: prod}\n");
        Files.writeString(dir.resolve("deploy/notes.txt"), "not read\n");
    }

    private PolicyCliRun test(String... more) {
        String[] args = new String[6 + more.length];
        String[] head = {"policy", "test", "-t", dir.resolve("policies").toString(), "-c",
            dir.resolve("constraint.yaml").toString()};
        System.arraycopy(head, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return PolicyCliRun.run(args);
    }

    @Test
    void denyViolation_isPrintedLikeGatorTestAndExitsOne() {
        PolicyCliRun r = test(dir.resolve("deploy").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("v1/Pod prod/bad: [\"need-owner\"] Message: \"missing label owner\"\n");
    }

    @Test
    void oneFolderGivenAsTemplatesAndConstraints_readsEachObjectOnce() throws IOException {
        Files.writeString(dir.resolve("policies/constraint.yaml"), PolicyCliRun.CONSTRAINT);
        String policies = dir.resolve("policies").toString();
        PolicyCliRun r = PolicyCliRun.run("policy", "test", "-t", policies, "-c", policies,
                dir.resolve("deploy").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("v1/Pod prod/bad: [\"need-owner\"] Message: \"missing label owner\"\n");
    }

    @Test
    void noViolation_exitsZeroWithNoOutput() {
        PolicyCliRun r = test(dir.resolve("deploy/good.yaml").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void warnViolation_isPrintedButExitsZero() throws IOException {
        Files.writeString(dir.resolve("constraint.yaml"), PolicyCliRun.CONSTRAINT.replace("spec:\n",
                "spec:\n  enforcementAction: warn\n"));
        PolicyCliRun r = test(dir.resolve("deploy").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("prod/bad");
    }

    @Test
    void jsonOutput_listsViolationsWithConstraintActionAndObject() {
        PolicyCliRun r = test(dir.resolve("deploy").toString(), "-o", "json");
        assertThat(r.out()).contains("\"msg\": \"missing label owner\"").contains("\"enforcementAction\": \"deny\"")
                .contains("\"name\": \"need-owner\"").contains("\"name\": \"bad\"");
    }

    @Test
    void yamlOutput_listsViolations() {
        PolicyCliRun r = test(dir.resolve("deploy").toString(), "-o", "yaml");
        assertThat(r.out()).startsWith("- msg: missing label owner\n");
    }

    @Test
    void policiesAmongManifests_areUsed() {
        PolicyCliRun r = PolicyCliRun.run("policy", "test", dir.resolve("policies").toString(),
                dir.resolve("constraint.yaml").toString(), dir.resolve("deploy").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("prod/bad");
    }

    @Test
    void unknownFormat_isAUsageError() {
        PolicyCliRun r = test(dir.resolve("deploy").toString(), "-o", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown output format \"xml\"");
    }

    @Test
    void constraintWithoutTemplate_isAnErrorNamingIt() {
        PolicyCliRun r = PolicyCliRun.run("policy", "test", "-c", dir.resolve("constraint.yaml").toString(),
                dir.resolve("deploy").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("K8sRequiredLabels need-owner: no ConstraintTemplate defines the kind");
    }

    @Test
    void brokenManifest_isAnErrorNamingTheFile() throws IOException {
        Files.writeString(dir.resolve("deploy/sub/broken.yaml"), "just text\n");
        PolicyCliRun r = test(dir.resolve("deploy").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("deploy/sub/broken.yaml: document 1 is not a Kubernetes object");
    }

    @Test
    void missingManifest_isAnError() {
        PolicyCliRun r = test(dir.resolve("nope.yaml").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nope.yaml: no such file or directory");
    }

    @Test
    void goQuote_escapesLikeGo() {
        assertThat(TestFinding.goQuote("a \"b\"\n\\")).isEqualTo("\"a \\\"b\\\"\\n\\\\\"");
    }

    @Test
    void dash_readsStandardInput() {
        PolicyCliRun r = PolicyCliRun.withStdin("apiVersion: v1\nkind: Pod\nmetadata: {name: piped}\n",
                "policy", "test", "-t", dir.resolve("policies").toString(), "-c", dir.resolve("constraint.yaml").toString(),
                "-");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("v1/Pod piped: [\"need-owner\"] Message: \"missing label owner\"\n");
    }

    @Test
    void referentialPolicies_seeTheOtherManifestsAsInventory() throws IOException {
        Files.writeString(dir.resolve("policies/unique.yaml"), """
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
                          msg := sprintf("name %v is also used in %v", [name, ns])
                        }
                """);
        Files.writeString(dir.resolve("unique-constraint.yaml"),
                "apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sUniqueName\nmetadata: {name: unique}\n");
        Files.writeString(dir.resolve("deploy/twin.yaml"),
                "apiVersion: v1\nkind: Pod\nmetadata: {name: bad, namespace: dev, labels: {owner: me}}\n");
        PolicyCliRun r = PolicyCliRun.run("policy", "test", "-t", dir.resolve("policies").toString(),
                "-c", dir.resolve("unique-constraint.yaml").toString(), dir.resolve("deploy").toString());
        assertThat(r.out()).contains("v1/Pod dev/bad: [\"unique\"] Message: \"name bad is also used in prod\"")
                .contains("v1/Pod prod/bad: [\"unique\"] Message: \"name bad is also used in dev\"");
    }
}
