package dev.windlass.rego.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A regular expression reading a long text stops when the evaluation's budget is spent. */
class RegexBudgetTest {
    /** A context whose budget runs out after a number of checks. */
    private static BuiltinContext budget(int checks) {
        int[] left = {checks};
        Map<Object, Object> cache = new HashMap<>();
        return new BuiltinContext() {
            @Override
            public Instant now() {
                return Instant.EPOCH;
            }

            @Override
            public void checkBudget() throws BuiltinException {
                if (--left[0] < 0) {
                    throw new BuiltinException(BuiltinException.Kind.CANCEL, "evaluation budget exceeded");
                }
            }

            @Override
            public void print(String line) {}

            @Override
            public Map<Object, Object> evaluationCache() {
                return cache;
            }
        };
    }

    // The timeout is only a hang guard.
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void regexMatch_stopsWhenTheBudgetIsSpent() {
        List<Value> args = List.of(StringValue.of("[ab]+z"), StringValue.of("ab".repeat(200_000)));
        Builtin match = BuiltinTable.standard().find("regex.match").orElseThrow();
        assertThatThrownBy(() -> match.function().apply(budget(1), args))
                .isInstanceOf(BuiltinException.class)
                .satisfies(e -> assertThat(((BuiltinException) e).kind()).isEqualTo(BuiltinException.Kind.CANCEL));
    }

    @Test
    void regexMatch_reportsAPatternTooDeepForJavaAsAnError() {
        List<Value> args = List.of(StringValue.of("(a|b)+z"), StringValue.of("ab".repeat(200_000)));
        Builtin match = BuiltinTable.standard().find("regex.match").orElseThrow();
        assertThatThrownBy(() -> match.function().apply(BuiltinTesting.context(), args))
                .isInstanceOf(BuiltinException.class)
                .hasMessage("regex.match: pattern too complex for an input this long");
    }

    @Test
    void regexMatch_withinBudgetAnswers() throws BuiltinException {
        List<Value> args = List.of(StringValue.of("^(a+)+$"), StringValue.of("aaaa"));
        Builtin match = BuiltinTable.standard().find("regex.match").orElseThrow();
        assertThat(match.function().apply(budget(3), args)).isEqualTo(dev.windlass.rego.value.BoolValue.TRUE);
    }
}
