package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.ExtBuiltinTesting.callJson;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.errorJson;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsBuiltinsTest {
    @ParameterizedTest(name = "units.parse({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "1|1", "1m|0.001", "100m|0.1", "1K|1000", "1k|1000", "1Ki|1024", "1ki|1024", "1M|1000000", "1Mi|1048576",
        "1mi|1048576", "1G|1000000000", "1Gi|1073741824", "128Gi|137438953472", "1T|1000000000000", "1P|1000000000000000",
        "1E|1000000000000000000", "1Ei|1152921504606846976", "0.5|0.5", "1.5Ki|1536", "1e3|1000", "1e3m|1",
        "\"\"2Gi\"\"|2147483648", "1KI|1024", "-1K|-1000",
    })
    void parse_appliesSiAndBinarySuffixes(String text, String expected) throws Exception {
        assertThat(callJson("units.parse", NetBuiltinsTest.q(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "units.parse({0}) fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "''|units.parse: units.parse: no amount provided",
        "Ki|units.parse: units.parse: no amount provided",
        "1 Ki|units.parse: units.parse: spaces not allowed in resource strings",
        "1Zi|units.parse: units.parse: unit Zi not recognized",
        "1.2.3|units.parse: units.parse: could not parse amount to a number",
        "1e9999999|units.parse: units.parse: exponent too large",
    })
    void parse_failsWithOpaMessages(String text, String message) {
        assertThat(errorJson("units.parse", NetBuiltinsTest.q(text))).hasMessage(message);
    }

    @ParameterizedTest(name = "units.parse_bytes({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "1|1", "1KB|1000", "1kb|1000", "1k|1000", "1KiB|1024", "1ki|1024", "1MB|1000000", "1m|1000000", "1Mi|1048576",
        "1GB|1000000000", "1GiB|1073741824", "1TB|1000000000000", "1TiB|1099511627776", "1PB|1000000000000000",
        "1EiB|1152921504606846976", "1.5KiB|1536", "1.1|1", "0.5kb|500", "\"\"10MB\"\"|10000000",
    })
    void parseBytes_isCaseInsensitiveAndIntegral(String text, String expected) throws Exception {
        assertThat(callJson("units.parse_bytes", NetBuiltinsTest.q(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "units.parse_bytes({0}) fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "''|units.parse_bytes: units.parse_bytes: no byte amount provided",
        "1 kb|units.parse_bytes: units.parse_bytes: spaces not allowed in resource strings",
        "1xb|units.parse_bytes: units.parse_bytes: byte unit xb not recognized",
        "1..5kb|units.parse_bytes: units.parse_bytes: could not parse byte amount to a number",
    })
    void parseBytes_failsWithOpaMessages(String text, String message) {
        assertThat(errorJson("units.parse_bytes", NetBuiltinsTest.q(text))).hasMessage(message);
    }
}
