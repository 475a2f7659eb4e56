package dev.windlass.sandbox.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "date-time | 2024-05-01T10:20:30Z | true",
        "date-time | 2024-05-01t10:20:30.123+02:00 | true",
        "date-time | 2024-05-01 10:20:30 | false",
        "date-time | 2024-05-01T24:00:00Z | false",
        "date | 2024-02-29 | true",
        "date | 2023-02-29 | false",
        "uuid | 123e4567-e89b-12d3-a456-426614174000 | true",
        "uuid | not-a-uuid | false",
        "uuid4 | 123e4567-e89b-12d3-a456-426614174000 | false",
        "ipv4 | 10.0.0.1 | true",
        "ipv4 | 10.0.0.256 | false",
        "ipv6 | fe80::1 | true",
        "ipv6 | 10.0.0.1 | false",
        "cidr | 10.0.0.0/8 | true",
        "cidr | 10.0.0.0/33 | false",
        "hostname | example.com | true",
        "hostname | -bad-.com | false",
        "mac | 00:1a:2b:3c:4d:5e | true",
        "byte | aGVsbG8= | true",
        "byte | not base64! | false",
        "uri | https://example.com/x | true",
        "uri | relative/path | false",
        "duration | 1h30m | true",
        "duration | 3 days | true",
        "duration | soon | false",
        "int32 | anything | true",
        "password | anything | true"})
    void check_acceptsWhatStrfmtAccepts(String format, String value, boolean valid) {
        assertThat(Formats.check(format, value).isEmpty()).isEqualTo(valid);
    }
}
