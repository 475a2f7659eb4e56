package dev.windlass.sandbox.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoValuesTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "2.5, 2.5", "100000, 100000", "1000000, 1e+06", "1234567, 1.234567e+06",
        "0.0001, 0.0001", "0.00001, 1e-05", "-3.5, -3.5"})
    void number_printsAsGoPercentV(double value, String expected) {
        assertThat(GoValues.number(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"b\":1,\"a\":\"x\"} | map[string]interface {}{\"a\":\"x\", \"b\":1}",
        "[1,true,null] | []interface {}{1, true, interface {}(nil)}"})
    void sharp_printsDecodedJsonAsGoPercentSharpV(String json, String expected) {
        assertThat(GoValues.sharp(Json.node(json))).isEqualTo(expected);
    }
}
