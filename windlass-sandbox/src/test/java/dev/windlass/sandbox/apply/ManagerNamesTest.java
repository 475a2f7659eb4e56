package dev.windlass.sandbox.apply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManagerNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kubectl/v1.30.0 (linux/amd64) kubernetes/7c48c2b|kubectl",
        "kube-controller-manager/v1.30.0 (linux/amd64) kubernetes/7c48c2b/system:serviceaccount:x|kube-controller-manager",
        "fabric8-kubernetes-client/6.13.0|fabric8-kubernetes-client",
        "Go-http-client/1.1|Go-http-client",
        "helm|helm",
        "my tool/1.0|my tool"})
    void fromUserAgent_takesTheTextBeforeTheFirstSlash(String userAgent, String manager) {
        assertThat(ManagerNames.fromUserAgent(userAgent)).isEqualTo(manager);
    }

    @Test
    void fromUserAgent_dropsUnprintableCharacters() {
        assertThat(ManagerNames.fromUserAgent("a\tb\u0007c\u00a0d/1")).isEqualTo("abcd");
    }

    @Test
    void fromUserAgent_cutsTo128BytesWithoutSplittingACharacter() {
        assertThat(ManagerNames.fromUserAgent("x".repeat(200))).hasSize(128);
        assertThat(ManagerNames.fromUserAgent("x" + "é".repeat(100))).isEqualTo("x" + "é".repeat(63));
    }

    @Test
    void fromUserAgent_ofNoHeaderIsEmpty() {
        assertThat(ManagerNames.fromUserAgent(null)).isEmpty();
        assertThat(ManagerNames.fromUserAgent("")).isEmpty();
    }

    @Test
    void resolve_prefersTheFieldManagerParameter() {
        assertThat(ManagerNames.resolve("kubectl-edit", "kubectl/v1.30.0")).isEqualTo("kubectl-edit");
        assertThat(ManagerNames.resolve("", "kubectl/v1.30.0")).isEqualTo("kubectl");
        assertThat(ManagerNames.resolve(null, "kubectl/v1.30.0")).isEqualTo("kubectl");
    }
}
