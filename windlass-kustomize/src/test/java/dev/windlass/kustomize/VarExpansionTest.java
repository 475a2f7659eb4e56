package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VarExpansionTest {

    private static final Map<String, Object> VALUES = Map.of("SVC", "p-svc", "PORT", 8080L, "ON", true, "RATIO", 1.5);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("$(SVC)", "p-svc"),
                Arguments.of("$(PORT)", 8080L),
                Arguments.of("$(ON)", true),
                Arguments.of("http://$(SVC):$(PORT)/", "http://p-svc:8080/"),
                Arguments.of("ratio=$(RATIO)", "ratio=1.5"),
                Arguments.of("x-$(SVC)-$(NOPE)", "x-p-svc-$(NOPE)"),
                Arguments.of("$(NOPE)", "$(NOPE)"),
                Arguments.of("$$(SVC)", "$(SVC)"),
                Arguments.of("$$$(SVC)", "$p-svc"),
                Arguments.of("cost $5 and $(", "cost $5 and $("),
                Arguments.of("$(SVC", "$(SVC"),
                Arguments.of("ends with $", "ends with $"),
                Arguments.of("no references", "no references"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void expand_followsKustomizeRules(String input, Object expected) {
        assertThat(VarExpansion.expand(input, VALUES::get)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floats")
    void text_printsFloatsLikeGo(double value, String expected) {
        assertThat(VarExpansion.text(value)).isEqualTo(expected);
    }

    static Stream<Arguments> floats() {
        return Stream.of(Arguments.of(2.0, "2"), Arguments.of(0.25, "0.25"), Arguments.of(1e21, "1e+21"),
                Arguments.of(1.5e-5, "1.5e-05"), Arguments.of(12345678.5, "12345678.5"));
    }
}
