package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {
    private static final Fields F = new Fields("K8sX c");

    private static LabelSelector parse(String yaml) throws PolicyException {
        return LabelSelector.parse(TestObjects.map(yaml), F, "spec.match.labelSelector");
    }

    @Test
    void matchLabels_requiresEveryPair() throws PolicyException {
        LabelSelector s = parse("matchLabels: {app: web, tier: front}");
        assertThat(s.matches(Map.of("app", "web", "tier", "front", "x", "y"))).isTrue();
        assertThat(s.matches(Map.of("app", "web"))).isFalse();
        assertThat(s.matches(Map.of("app", "web", "tier", "back"))).isFalse();
    }

    @Test
    void in_matchesListedValuesOnly() throws PolicyException {
        LabelSelector s = parse("matchExpressions: [{key: env, operator: In, values: [prod, staging]}]");
        assertThat(s.matches(Map.of("env", "prod"))).isTrue();
        assertThat(s.matches(Map.of("env", "dev"))).isFalse();
        assertThat(s.matches(Map.of())).isFalse();
    }

    @Test
    void notIn_matchesAbsentKeyAndOtherValues() throws PolicyException {
        LabelSelector s = parse("matchExpressions: [{key: env, operator: NotIn, values: [prod]}]");
        assertThat(s.matches(Map.of())).isTrue();
        assertThat(s.matches(Map.of("env", "dev"))).isTrue();
        assertThat(s.matches(Map.of("env", "prod"))).isFalse();
    }

    @Test
    void existsAndDoesNotExist_lookAtTheKeyOnly() throws PolicyException {
        LabelSelector exists = parse("matchExpressions: [{key: owner, operator: Exists}]");
        LabelSelector absent = parse("matchExpressions: [{key: owner, operator: DoesNotExist}]");
        assertThat(exists.matches(Map.of("owner", ""))).isTrue();
        assertThat(exists.matches(Map.of())).isFalse();
        assertThat(absent.matches(Map.of())).isTrue();
        assertThat(absent.matches(Map.of("owner", "me"))).isFalse();
    }

    @Test
    void emptySelector_matchesEverything() throws PolicyException {
        assertThat(parse("{}").matches(Map.of("a", "b"))).isTrue();
    }

    @Test
    void unknownOperator_isRejectedNamingTheField() {
        assertThatThrownBy(() -> parse("matchExpressions: [{key: a, operator: Equals, values: [b]}]"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("K8sX c: spec.match.labelSelector.matchExpressions[0].operator")
                .hasMessageContaining("Equals");
    }

    @Test
    void inWithoutValues_isRejected() {
        assertThatThrownBy(() -> parse("matchExpressions: [{key: a, operator: In}]"))
                .hasMessageContaining("values: must be non-empty when operator is In");
    }

    @Test
    void existsWithValues_isRejected() {
        assertThatThrownBy(() -> parse("matchExpressions: [{key: a, operator: Exists, values: [x]}]"))
                .hasMessageContaining("may not be specified when operator is Exists");
    }
}
