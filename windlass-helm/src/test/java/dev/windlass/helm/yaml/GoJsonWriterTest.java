package dev.windlass.helm.yaml;

import static dev.windlass.helm.yaml.GoYamlWriterTest.list;
import static dev.windlass.helm.yaml.GoYamlWriterTest.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoJsonWriterTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(null, "null"),
                Arguments.of(map("b", 1, "a", list("x", true, null)), "{\"a\":[\"x\",true,null],\"b\":1}"),
                Arguments.of(1.0, "1"),
                Arguments.of(1.5, "1.5"),
                Arguments.of(1e21, "1e+21"),
                Arguments.of(1e20, "100000000000000000000"),
                Arguments.of(0.000001, "0.000001"),
                Arguments.of(1e-7, "1e-7"),
                Arguments.of(-0.0, "-0"),
                Arguments.of("<a & b>", "\"\\u003ca \\u0026 b\\u003e\""),
                Arguments.of("tab\tnl\n\u0001", "\"tab\\tnl\\n\\u0001\""),
                Arguments.of("q\"b\\", "\"q\\\"b\\\\\""),
                Arguments.of("\u2028", "\"\\u2028\""),
                Arguments.of("😀", "\"😀\""),
                Arguments.of("hi".getBytes(StandardCharsets.UTF_8), "\"aGk=\""),
                Arguments.of(map(), "{}"),
                Arguments.of(list(), "[]"));
    }

    @ParameterizedTest
    @MethodSource
    void values(Object value, String json) {
        assertThat(GoJsonWriter.marshal(value)).isEqualTo(json);
    }

    @Test
    void marshal_failsOnNaN() {
        assertThatThrownBy(() -> GoJsonWriter.marshal(Double.NaN)).hasMessage("json: unsupported value: NaN");
    }

    @Test
    void formatG_matchesStrconv() {
        assertThat(GoFloatFormat.formatG(1e6)).isEqualTo("1e+06");
        assertThat(GoFloatFormat.formatG(123456.0)).isEqualTo("123456");
        assertThat(GoFloatFormat.formatG(1e-5)).isEqualTo("1e-05");
        assertThat(GoFloatFormat.formatG(0.0001)).isEqualTo("0.0001");
        assertThat(GoFloatFormat.formatG(1e100)).isEqualTo("1e+100");
        assertThat(GoFloatFormat.formatG(5e-324)).isEqualTo("5e-324");
        assertThat(GoFloatFormat.formatG(0.3)).isEqualTo("0.3");
        assertThat(GoFloatFormat.formatG(2.0 / 3)).isEqualTo("0.6666666666666666");
    }
}
