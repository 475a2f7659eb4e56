package dev.windlass.pipelines.dag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.pipelines.model.WhenExpression;
import dev.windlass.pipelines.model.WhenOperator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhenEvaluatorTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "main, in, main|release, true",
        "dev, in, main|release, false",
        "dev, notin, main|release, true",
        "main, notin, main|release, false",
        "'', in, '', true"})
    void when_inAndNotin(String input, String operator, String values, boolean holds) {
        WhenOperator op = "in".equals(operator) ? WhenOperator.IN : WhenOperator.NOT_IN;
        WhenExpression expression = new WhenExpression(input, op, List.of(values.split("\\|", -1)), Optional.empty());

        assertThat(WhenEvaluator.evaluate(List.of(expression)).holds()).isEqualTo(holds);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "'main' == 'main'; true",
        "'feature/x'.startsWith('release'); false",
        "'v1.2' in ['v1.2', 'v1.3']; true",
        "size('abc') > 2 && true; true"})
    void when_celExpressions(String cel, boolean holds) {
        WhenEvaluator.Outcome outcome = WhenEvaluator.evaluate(List.of(cel(cel)));

        assertThat(outcome.isError()).isFalse();
        assertThat(outcome.holds()).isEqualTo(holds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "'a' ==; does not compile",
        "'a' + 'b'; not a bool",
        "1 / 0 == 1; failed"})
    void when_badCelIsAnError(String cel, String message) {
        WhenEvaluator.Outcome outcome = WhenEvaluator.evaluate(List.of(cel(cel)));

        assertThat(outcome.isError()).isTrue();
        assertThat(outcome.error()).contains(message).contains("when[0].cel");
    }

    @org.junit.jupiter.api.Test
    void when_allExpressionsMustHold() {
        WhenExpression yes = new WhenExpression("a", WhenOperator.IN, List.of("a"), Optional.empty());
        WhenExpression no = new WhenExpression("a", WhenOperator.IN, List.of("b"), Optional.empty());

        assertThat(WhenEvaluator.evaluate(List.of(yes, no)).holds()).isFalse();
        assertThat(WhenEvaluator.evaluate(List.of(yes, yes)).holds()).isTrue();
        assertThat(WhenEvaluator.evaluate(List.of()).holds()).isTrue();
    }

    private static WhenExpression cel(String text) {
        return new WhenExpression("", WhenOperator.IN, List.of(), Optional.of(text));
    }
}
