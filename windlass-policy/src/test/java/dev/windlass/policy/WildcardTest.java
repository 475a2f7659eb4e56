package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
        "kube-*, kube-system, true",
        "kube-*, kube-public, true",
        "kube-*, my-kube-system, false",
        "*-system, gatekeeper-system, true",
        "*-system, system-x, false",
        "*mid*, a-mid-b, true",
        "*mid*, nothing, false",
        "default, default, true",
        "default, default2, false",
        "*, anything, true",
    })
    void matches_followsGatekeeperGlobs(String pattern, String candidate, boolean expected) {
        assertThat(Wildcard.matches(pattern, candidate)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"prod, true", "dev, false"})
    void anyMatches_isTrueWhenOnePatternMatches(String candidate, boolean expected) {
        assertThat(Wildcard.anyMatches(List.of("staging", "pr*"), candidate)).isEqualTo(expected);
    }
}
