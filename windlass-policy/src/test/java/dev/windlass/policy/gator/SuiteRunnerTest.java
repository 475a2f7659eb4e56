package dev.windlass.policy.gator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.snapshot.LocalSnapshot;
import dev.windlass.policy.gator.Results.CaseResult;
import dev.windlass.policy.gator.Results.SuiteResult;
import dev.windlass.policy.gator.Results.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteRunnerTest {
    static final String TEMPLATE = """
            apiVersion: templates.gatekeeper.sh/v1
            kind: ConstraintTemplate
            metadata: {name: k8srequiredlabels}
            spec:
              crd:
                spec:
                  names: {kind: K8sRequiredLabels}
                  validation:
                    openAPIV3Schema:
                      type: object
                      properties:
                        labels: {type: array, items: {type: string}}
              targets:
                - target: admission.k8s.gatekeeper.sh
                  rego: |
                    package k8srequiredlabels
                    violation[{"msg": msg}] {
                      label := input.parameters.labels[_]
                      not input.review.object.metadata.labels[label]
                      msg := sprintf("missing label %v", [label])
                    }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        write("template.yaml", TEMPLATE);
        write("constraint.yaml", "apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sRequiredLabels\n"
                + "metadata: {name: need-owner}\nspec: {parameters: {labels: [owner, team]}}\n");
        write("bad.yaml", "apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sRequiredLabels\n"
                + "metadata: {name: bad}\nspec: {parameters: {labels: owner}}\n");
        write("allowed.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: {owner: x, team: y}}\n");
        write("disallowed.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: d}\n");
        write("two.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Pod\n"
                + "metadata: {name: b}\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private SuiteResult run(String tests) throws IOException {
        write("suite.yaml", "apiVersion: test.gatekeeper.sh/v1alpha1\nkind: Suite\nmetadata: {name: s}\ntests:\n" + tests);
        return SuiteRunner.run(LocalSnapshot.of(dir), "suite.yaml");
    }

    @Test
    void passingCases_pass() throws IOException {
        SuiteResult r = run("""
                - name: t
                  template: template.yaml
                  constraint: constraint.yaml
                  cases:
                  - {name: allowed, object: allowed.yaml, assertions: [{violations: no}]}
                  - {name: disallowed, object: disallowed.yaml, assertions: [{violations: 2}, {message: team}]}
                """);
        assertThat(r.failed()).isFalse();
        assertThat(r.passedCases()).isEqualTo(2);
    }

    @Test
    void wrongAssertion_failsTheCaseWithGatorsMessage() throws IOException {
        SuiteResult r = run("""
                - name: t
                  template: template.yaml
                  constraint: constraint.yaml
                  cases:
                  - {name: allowed, object: disallowed.yaml, assertions: [{violations: no}]}
                """);
        CaseResult c = r.tests().get(0).cases().get(0);
        assertThat(c.error()).startsWith("unexpected number of violations: got 2 violations but want none: got messages [");
        assertThat(r.failedCases()).isEqualTo(1);
    }

    @Test
    void invalidTest_passesWhenTheSchemaRejectsTheConstraint() throws IOException {
        SuiteResult r = run("""
                - {name: bad, template: template.yaml, constraint: bad.yaml, invalid: true}
                - {name: good, template: template.yaml, constraint: constraint.yaml, invalid: true}
                """);
        assertThat(r.tests().get(0).failed()).isFalse();
        assertThat(r.tests().get(1).error()).contains("want a schema error");
    }

    @Test
    void schemaError_failsANormalTest() throws IOException {
        SuiteResult r = run("""
                - name: bad
                  template: template.yaml
                  constraint: bad.yaml
                  cases: [{name: c, object: allowed.yaml, assertions: [{violations: no}]}]
                """);
        assertThat(r.tests().get(0).error()).contains("spec.parameters.labels: must be of type array");
        assertThat(r.failedCases()).isEqualTo(1);
    }

    @Test
    void missingTemplate_failsTheTest() throws IOException {
        SuiteResult r = run("- {name: t, constraint: constraint.yaml, cases: []}\n");
        assertThat(r.tests().get(0).error()).isEqualTo("invalid suite: missing template");
    }

    @Test
    void missingFile_failsTheTestNamingTheFile() throws IOException {
        SuiteResult r = run("- {name: t, template: nope.yaml, constraint: constraint.yaml, cases: []}\n");
        assertThat(r.tests().get(0).error()).contains("nope.yaml: no such file or directory");
    }

    @Test
    void objectFileWithTwoObjects_failsTheCase() throws IOException {
        SuiteResult r = run("""
                - name: t
                  template: template.yaml
                  constraint: constraint.yaml
                  cases: [{name: c, object: two.yaml, assertions: [{violations: no}]}]
                """);
        assertThat(r.tests().get(0).cases().get(0).error()).contains("defines 2 objects");
    }

    @Test
    void caseWithoutAssertions_isInvalid() throws IOException {
        SuiteResult r = run("""
                - name: t
                  template: template.yaml
                  constraint: constraint.yaml
                  cases: [{name: c, object: allowed.yaml}]
                """);
        assertThat(r.tests().get(0).cases().get(0).error()).contains("assertions must be non-empty");
    }

    @Test
    void skippedTestsAndCases_areReportedAsSkipped() throws IOException {
        SuiteResult r = run("""
                - {name: t1, template: nope.yaml, constraint: nope.yaml, skip: true}
                - name: t2
                  template: template.yaml
                  constraint: constraint.yaml
                  cases: [{name: c, object: nope.yaml, skip: true, assertions: [{violations: no}]}]
                """);
        assertThat(r.tests()).extracting(TestResult::skipped).containsExactly(true, false);
        assertThat(r.tests().get(1).cases().get(0).skipped()).isTrue();
        assertThat(r.failed()).isFalse();
    }

    @Test
    void pathsLeavingTheRoot_areRefused() throws IOException {
        SuiteResult r = run("- {name: t, template: ../template.yaml, constraint: constraint.yaml, cases: []}\n");
        assertThat(r.tests().get(0).error()).contains("outside the source root");
    }

    @Test
    void unreadableSuite_isAFailedSuite() {
        SuiteResult r = SuiteRunner.run(LocalSnapshot.of(dir), "missing-suite.yaml");
        assertThat(r.failed()).isTrue();
        assertThat(r.error()).contains("missing-suite.yaml");
    }
}
