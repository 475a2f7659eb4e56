package dev.windlass.policy.gator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssertionTest {
    private static final List<String> TWO = List.of("container nginx is privileged", "container app is privileged");

    @Test
    void yes_needsAtLeastOneViolation() {
        assertThat(new Assertion("yes", null).check(TWO)).isEmpty();
        assertThat(new Assertion("yes", null).check(List.of()))
                .contains("unexpected number of violations: got 0 violations but want at least 1: got messages []");
    }

    @Test
    void unset_meansYes() {
        assertThat(new Assertion(null, null).check(List.of())).isPresent();
        assertThat(new Assertion(null, null).check(TWO)).isEmpty();
    }

    @Test
    void no_needsNone() {
        assertThat(new Assertion("no", null).check(List.of())).isEmpty();
        assertThat(new Assertion("no", null).check(TWO)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("unexpected number of violations: got 2 violations but want none: got messages ["));
    }

    @Test
    void count_needsExactlyThatMany() {
        assertThat(new Assertion("2", null).check(TWO)).isEmpty();
        assertThat(new Assertion("1", null).check(TWO)).hasValueSatisfying(m -> assertThat(m)
                .contains("got 2 violations but want exactly 1"));
        assertThat(new Assertion("0", null).check(List.of())).isEmpty();
    }

    @Test
    void message_isARegexSearchedInEachMessage() {
        assertThat(new Assertion("1", "nginx").check(TWO)).isEmpty();
        assertThat(new Assertion("2", "container .* is privileged").check(TWO)).isEmpty();
        assertThat(new Assertion("yes", "^app").check(TWO)).hasValueSatisfying(m -> assertThat(m)
                .contains("got 0 violations containing \"^app\" but want at least 1"));
    }

    @Test
    void noWithMessage_countsOnlyMatchingMessages() {
        assertThat(new Assertion("no", "initContainer").check(TWO)).isEmpty();
    }

    @Test
    void invalidViolationsValue_isReported() {
        assertThat(new Assertion("maybe", null).check(TWO)).hasValueSatisfying(m -> assertThat(m)
                .contains("must be a nonnegative integer, \"yes\", or \"no\""));
        assertThat(new Assertion("-1", null).check(TWO)).isPresent();
    }

    @Test
    void invalidRegex_isReported() {
        assertThat(new Assertion("yes", "(").check(TWO)).hasValueSatisfying(m -> assertThat(m).startsWith("invalid regex"));
    }
}
