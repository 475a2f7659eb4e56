package dev.windlass.bench.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlDifferenceTest {

    private static final String EXPECTED = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: first
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              labels:
                a: b
              name: second
            spec:
              replicas: 3
            """;

    @Test
    void between_isEmptyForEqualOutputs() {
        assertThat(YamlDifference.between(EXPECTED, EXPECTED)).isEmpty();
    }

    @Test
    void between_namesTheFirstDifferentLineAndItsObject() {
        YamlDifference difference = YamlDifference.between(EXPECTED.replace("replicas: 3", "replicas: 2"), EXPECTED)
                .orElseThrow();

        assertThat(difference.line()).isEqualTo(13);
        assertThat(difference.object()).isEqualTo("Deployment/second");
        assertThat(difference.describe()).isEqualTo("first difference at line 13 (in Deployment/second): windlass"
                + " \"replicas: 2\" kubectl \"replicas: 3\"; 1 lines differ position by position");
    }

    @Test
    void between_reportsAMissingTail() {
        YamlDifference difference = YamlDifference.between(EXPECTED.substring(0, EXPECTED.indexOf("---")), EXPECTED)
                .orElseThrow();

        assertThat(difference.line()).isEqualTo(5);
        assertThat(difference.actual()).isEqualTo("<end>");
        assertThat(difference.differentLines()).isEqualTo(9);
    }
}
