package dev.windlass.cli.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code windlass policy verify}: gator verify's report and exit codes. */
class PolicyVerifyCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(dir.resolve("lib/samples"));
        Files.writeString(dir.resolve("lib/template.yaml"), PolicyCliRun.TEMPLATE);
        Files.writeString(dir.resolve("lib/samples/constraint.yaml"), PolicyCliRun.CONSTRAINT);
        Files.writeString(dir.resolve("lib/samples/allowed.yaml"),
                "apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: {owner: me}}\n");
        Files.writeString(dir.resolve("lib/samples/disallowed.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: d}\n");
    }

    private void suite(String cases) throws IOException {
        Files.writeString(dir.resolve("lib/suite.yaml"), """
                apiVersion: test.gatekeeper.sh/v1alpha1
                kind: Suite
                metadata: {name: labels}
                tests:
                - name: need-owner
                  template: template.yaml
                  constraint: samples/constraint.yaml
                  cases:
                """ + cases);
    }

    @Test
    void passingSuite_printsOkPassAndTheCount() throws IOException {
        suite("""
                  - {name: allowed, object: samples/allowed.yaml, assertions: [{violations: no}]}
                  - {name: disallowed, object: samples/disallowed.yaml, assertions: [{violations: 1, message: owner}]}
                """);
        PolicyCliRun r = PolicyCliRun.run("policy", "verify", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("ok\t" + dir + "/lib/suite.yaml\nPASS\n2 passed, 0 failed\n");
    }

    @Test
    void failingCase_printsGatorsFailLinesAndExitsOne() throws IOException {
        suite("  - {name: allowed, object: samples/disallowed.yaml, assertions: [{violations: no}]}\n");
        PolicyCliRun r = PolicyCliRun.run("policy", "verify", dir.resolve("lib/suite.yaml").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("""
                    --- FAIL: allowed
                        unexpected number of violations: got 1 violations but want none: got messages [missing label owner]
                --- FAIL: need-owner
                FAIL\t%s/lib/suite.yaml
                FAIL
                0 passed, 1 failed
                """.formatted(dir));
    }

    @Test
    void verbose_printsRunAndPassLines() throws IOException {
        suite("  - {name: allowed, object: samples/allowed.yaml, assertions: [{violations: no}]}\n");
        PolicyCliRun r = PolicyCliRun.run("policy", "verify", "-v", dir.toString());
        assertThat(r.out()).startsWith("=== RUN   need-owner\n    === RUN   allowed\n    --- PASS: allowed\n"
                + "--- PASS: need-owner\nok\t");
    }

    @Test
    void missingTemplateFile_failsTheTestWithTheReason() throws IOException {
        Files.delete(dir.resolve("lib/template.yaml"));
        suite("  - {name: allowed, object: samples/allowed.yaml, assertions: [{violations: no}]}\n");
        PolicyCliRun r = PolicyCliRun.run("policy", "verify", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("--- FAIL: need-owner\n  lib/template.yaml: no such file or directory\n")
                .endsWith("FAIL\n0 passed, 1 failed\n");
    }

    @Test
    void directoryWithoutSuites_isAnError() throws IOException {
        PolicyCliRun r = PolicyCliRun.run("policy", "verify", dir.resolve("lib/samples").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: no suites found in");
    }

    @Test
    void missingPath_isAnError() {
        PolicyCliRun r = PolicyCliRun.run("policy", "verify", dir.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nope: no such file or directory");
    }

    @Test
    void noPath_isAUsageError() {
        assertThat(PolicyCliRun.run("policy", "verify").exit()).isEqualTo(2);
    }

    @Test
    void policyWithoutCommand_isAUsageErrorListingTheCommands() {
        PolicyCliRun r = PolicyCliRun.run("policy");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("missing command").contains("verify").contains("test");
    }

    @Test
    void unknownEngine_isAUsageError() {
        PolicyCliRun r = PolicyCliRun.run("policy", "verify", "--engine", "wasm", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown engine \"wasm\"");
    }

    @Test
    void celTemplate_runsWithCel() throws IOException {
        Files.writeString(dir.resolve("lib/template.yaml"), """
                apiVersion: templates.gatekeeper.sh/v1
                kind: ConstraintTemplate
                metadata: {name: k8srequiredlabels}
                spec:
                  crd: {spec: {names: {kind: K8sRequiredLabels}}}
                  targets:
                    - target: admission.k8s.gatekeeper.sh
                      code:
                        - engine: K8sNativeValidation
                          source:
                            validations:
                              - expression: 'variables.params.labels.all(l, has(object.metadata.labels) && l in object.metadata.labels)'
                                messageExpression: '"missing label " + variables.params.labels[0]'
                """);
        suite("""
                  - {name: allowed, object: samples/allowed.yaml, assertions: [{violations: no}]}
                  - {name: disallowed, object: samples/disallowed.yaml, assertions: [{violations: 1, message: owner}]}
                """);
        PolicyCliRun r = PolicyCliRun.run("policy", "verify", dir.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).endsWith("PASS\n2 passed, 0 failed\n");
    }
}
