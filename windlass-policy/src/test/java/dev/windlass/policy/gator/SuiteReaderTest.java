package dev.windlass.policy.gator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.snapshot.LocalSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteReaderTest {
    static final String SUITE = """
            kind: Suite
            apiVersion: test.gatekeeper.sh/v1alpha1
            metadata:
              name: requiredlabels
            tests:
            - name: must-have-owner
              template: template.yaml
              constraint: samples/constraint.yaml
              cases:
              - name: allowed
                object: samples/allowed.yaml
                assertions:
                - violations: no
              - name: disallowed
                object: samples/disallowed.yaml
                inventory: [samples/inventory.yaml]
                assertions:
                - violations: yes
                - violations: 1
                  message: owner
                - {}
              - name: skipped
                object: samples/allowed.yaml
                skip: true
                assertions: [{violations: no}]
            - name: bad-params
              template: template.yaml
              constraint: samples/bad.yaml
              invalid: true
            """;

    @Test
    void parse_readsTestsCasesAndAssertions() throws GatorException {
        Suite s = SuiteReader.parse("x/suite.yaml", SUITE);
        assertThat(s.name()).isEqualTo("requiredlabels");
        assertThat(s.tests()).hasSize(2);
        Suite.Test t = s.tests().get(0);
        assertThat(t.template()).isEqualTo("template.yaml");
        assertThat(t.constraint()).isEqualTo("samples/constraint.yaml");
        assertThat(t.cases()).extracting(Suite.Case::name).containsExactly("allowed", "disallowed", "skipped");
        Suite.Case disallowed = t.cases().get(1);
        assertThat(disallowed.inventory()).containsExactly("samples/inventory.yaml");
        assertThat(disallowed.assertions()).containsExactly(new Assertion("yes", null), new Assertion("1", "owner"),
                new Assertion(null, null));
    }

    @Test
    void parse_keepsYesAndNoAsWords() throws GatorException {
        Suite s = SuiteReader.parse("suite.yaml", SUITE);
        assertThat(s.tests().get(0).cases().get(0).assertions().get(0).violations()).isEqualTo("no");
    }

    @Test
    void parse_readsSkipAndInvalidFlags() throws GatorException {
        Suite s = SuiteReader.parse("suite.yaml", SUITE);
        assertThat(s.tests().get(0).cases().get(2).skip()).isTrue();
        assertThat(s.tests().get(1).invalid()).isTrue();
        assertThat(s.skip()).isFalse();
    }

    @Test
    void parse_rejectsOtherKinds() {
        assertThatThrownBy(() -> SuiteReader.parse("s.yaml", "apiVersion: v1\nkind: Pod\n"))
                .hasMessageContaining("s.yaml: not a Suite");
    }

    @Test
    void parse_rejectsBrokenYaml() {
        assertThatThrownBy(() -> SuiteReader.parse("s.yaml", "tests: [\n"))
                .hasMessageContaining("s.yaml: not valid YAML");
    }

    @Test
    void find_searchesDirectoriesForSuiteYaml(@TempDir Path dir) throws IOException, GatorException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/suite.yaml"), SUITE);
        Files.writeString(dir.resolve("a/b/suite.yaml"), SUITE);
        Files.writeString(dir.resolve("a/other.yaml"), SUITE);
        LocalSnapshot source = LocalSnapshot.of(dir);
        assertThat(SuiteReader.find(source, "")).containsExactly("a/b/suite.yaml", "a/suite.yaml");
        assertThat(SuiteReader.find(source, "a/other.yaml")).containsExactly("a/other.yaml");
    }

    @Test
    void find_reportsMissingPaths(@TempDir Path dir) {
        assertThatThrownBy(() -> SuiteReader.find(LocalSnapshot.of(dir), "nope"))
                .hasMessageContaining("no such file or directory");
    }
}
