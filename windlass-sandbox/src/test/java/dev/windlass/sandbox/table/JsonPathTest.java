package dev.windlass.sandbox.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonPathTest {

    private static final MapNode OBJECT = Fixtures.yaml("""
            metadata:
              name: podinfo
              labels: {app.kubernetes.io/name: podinfo, tier: web}
            spec:
              replicas: 3
              ratio: 0.5
              containers:
              - {name: app, image: "ghcr.io/podinfo:6.5"}
              - {name: sidecar, image: "envoy:1.30"}
            status:
              sync: {status: Synced, revision: abc123}
              conditions:
              - {type: Reconciling, status: "False", observedGeneration: 2}
              - {type: Ready, status: "True", reason: Succeeded, observedGeneration: 3}
            """);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        ".metadata.name | podinfo",
        ".status.sync.status | Synced",
        ".spec.containers[0].image | ghcr.io/podinfo:6.5",
        ".spec.containers[-1].name | sidecar",
        ".spec.containers[*].name | app,sidecar",
        ".spec.containers[0:1].name | app",
        ".spec.containers[1:].name | sidecar",
        ".spec.containers[0,1].name | app,sidecar",
        ".status.conditions[?(@.type==\"Ready\")].status | True",
        ".status.conditions[?(@.type == 'Ready')].reason | Succeeded",
        ".status.conditions[?(@.type!=\"Ready\")].type | Reconciling",
        ".status.conditions[?(@.observedGeneration>2)].type | Ready",
        ".status.conditions[?(@.reason)].type | Ready",
        ".metadata.labels.app\\.kubernetes\\.io/name | podinfo",
        ".metadata.labels['app.kubernetes.io/name'] | podinfo",
        "..image | ghcr.io/podinfo:6.5,envoy:1.30",
        ".metadata.labels.* | podinfo,web",
    })
    void evaluate_selectsValues(String path, String expected) {
        List<String> values = JsonPath.parse(path).evaluate(OBJECT).stream()
                .map(n -> n.asText().orElse(String.valueOf(n.toPlain()))).toList();
        assertThat(String.join(",", values)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ".status.health.status",
        ".spec.containers[5].name",
        ".status.conditions[?(@.type==\"Stalled\")].status",
        ".metadata.name[0]",
        ".status.conditions[?(@.observedGeneration==\"3\")].type",
    })
    void evaluate_missingOrMismatchedValuesSelectNothing(String path) {
        assertThat(JsonPath.parse(path).evaluate(OBJECT)).isEmpty();
    }

    @Test
    void evaluate_returnsNumbersAsTheyAre() {
        assertThat(JsonPath.parse(".spec.replicas").evaluate(OBJECT)).containsExactly(Node.of(3L));
        assertThat(JsonPath.parse(".spec.ratio").evaluate(OBJECT)).containsExactly(Node.of(0.5));
    }

    @Test
    void parse_rejectsMalformedPaths() {
        assertThatThrownBy(() -> JsonPath.parse(".spec.containers[0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unclosed array");
        assertThatThrownBy(() -> JsonPath.parse(".spec.containers[x]")).hasMessageContaining("invalid array index");
        assertThatThrownBy(() -> JsonPath.parse("spec")).hasMessageContaining("unexpected 's'");
    }
}
