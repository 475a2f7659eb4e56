package dev.windlass.helm.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.windlass.helm.yaml.GoJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    private static String errors(String schema, Object value) throws Exception {
        return SchemaError.display(SchemaValidator.validate(GoJson.unmarshal(schema), value));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("{\"type\":\"object\"}", "x", "- at '': got string, want object"),
                Arguments.of("{\"type\":[\"string\",\"null\"]}", 1.0, "- at '': got number, want null or string"),
                Arguments.of("{\"type\":\"integer\"}", 1.5, "- at '': got number, want integer"),
                Arguments.of("{\"type\":\"integer\"}", 2.0, ""),
                Arguments.of("{\"type\":\"integer\"}", 2L, ""),
                Arguments.of("{\"enum\":[\"a\",\"b\"]}", "c", "- at '': value must be one of 'a', 'b'"),
                Arguments.of("{\"enum\":[1]}", 2.0, "- at '': value must be 1"),
                Arguments.of("{\"enum\":[1]}", 1L, ""),
                Arguments.of("{\"const\":\"x\"}", "y", "- at '': value must be 'x'"),
                Arguments.of("{\"const\":{\"a\":1}}", Map.of(), "- at '': const failed"),
                Arguments.of("{\"required\":[\"a\",\"b\"]}", Map.of(), "- at '': missing properties 'a', 'b'"),
                Arguments.of("{\"properties\":{\"n\":{\"minimum\":0}}}", Map.of("n", -5.0),
                        "- at '/n': minimum: got -5, want 0"),
                Arguments.of("{\"properties\":{\"n\":{\"maximum\":1000}}}", Map.of("n", 1500.5),
                        "- at '/n': maximum: got 1,500.5, want 1,000"),
                Arguments.of("{\"properties\":{\"n\":{\"exclusiveMinimum\":0}}}", Map.of("n", 0.0),
                        "- at '/n': exclusiveMinimum: got 0, want 0"),
                Arguments.of("{\"multipleOf\":0.5}", 1.25, "- at '': multipleOf: got 1.25, want 0.5"),
                Arguments.of("{\"additionalProperties\":false,\"properties\":{\"a\":{}}}", Map.of("a", 1, "z", 2, "b", 3),
                        "- at '': additional properties 'b', 'z' not allowed"),
                Arguments.of("{\"patternProperties\":{\"^x-\":{\"type\":\"string\"}}}", Map.of("x-a", 1.0),
                        "- at '/x-a': got number, want string"),
                Arguments.of("{\"additionalProperties\":{\"type\":\"string\"}}", Map.of("k", true),
                        "- at '/k': got boolean, want string"),
                Arguments.of("{\"items\":{\"type\":\"string\"}}", List.of("a", 1.0), "- at '/1': got number, want string"),
                Arguments.of("{\"minItems\":2}", List.of("a"), "- at '': minItems: got 1, want 2"),
                Arguments.of("{\"maxItems\":0}", List.of("a"), "- at '': maxItems: got 1, want 0"),
                Arguments.of("{\"uniqueItems\":true}", List.of(1.0, 2.0, 1.0), "- at '': items at 0 and 2 are equal"),
                Arguments.of("{\"minLength\":3}", "ab", "- at '': minLength: got 2, want 3"),
                Arguments.of("{\"maxLength\":1}", "ab", "- at '': maxLength: got 2, want 1"),
                Arguments.of("{\"pattern\":\"^[a-z]+$\"}", "A1", "- at '': 'A1' does not match pattern '^[a-z]+$'"),
                Arguments.of("{\"minProperties\":1}", Map.of(), "- at '': minProperties: got 0, want 1"),
                Arguments.of("{\"not\":{\"type\":\"string\"}}", "x", "- at '': not failed"),
                Arguments.of("{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"boolean\"}]}", 1.0,
                        "- at '': anyOf failed\n  - at '': got number, want string\n  - at '': got number, want boolean"),
                Arguments.of("{\"allOf\":[{\"minimum\":5}]}", 1.0, "- at '': allOf failed\n  - at '': minimum: got 1, want 5"),
                Arguments.of("{\"oneOf\":[{\"type\":\"number\"},{\"minimum\":0}]}", 1.0,
                        "- at '': oneOf failed, subschemas 0, 1 matched"),
                Arguments.of("{\"definitions\":{\"p\":{\"type\":\"integer\",\"minimum\":1}},"
                        + "\"properties\":{\"port\":{\"$ref\":\"#/definitions/p\"}}}", Map.of("port", 0.0),
                        "- at '/port': minimum: got 0, want 1"),
                Arguments.of("{\"$defs\":{\"s\":{\"type\":\"string\"}},\"$ref\":\"#/$defs/s\",\"minLength\":5}", "ab",
                        "- at '': minLength: got 2, want 5"),
                Arguments.of("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"format\":\"ipv4\"}", "1.2.3",
                        "- at '': '1.2.3' is not valid ipv4: expected four decimals"),
                Arguments.of("{\"format\":\"ipv4\"}", "1.2.3", ""),
                Arguments.of("{\"if\":{\"properties\":{\"a\":{\"const\":true}}},\"then\":{\"required\":[\"b\"]}}",
                        Map.of("a", true), "- at '': missing property 'b'"),
                Arguments.of("{\"properties\":{\"a\":{\"type\":\"string\",\"minLength\":2},\"b\":{\"minimum\":1}}}",
                        Map.of("a", 5.0, "b", 0.0), "- at '/a': got number, want string\n- at '/b': minimum: got 0, want 1"),
                Arguments.of("{\"properties\":{\"a\":{\"minLength\":5,\"pattern\":\"^x\"}}}", Map.of("a", "ab"),
                        "- at '/a': minLength: got 2, want 5\n- at '/a': 'ab' does not match pattern '^x'"),
                Arguments.of("{\"properties\":{\"a\":{\"minLength\":5,\"pattern\":\"^x\"}},\"required\":[\"b\"]}",
                        Map.of("a", "ab"), "- at '': missing property 'b'\n- at '/a': validation failed\n"
                                + "  - at '/a': minLength: got 2, want 5\n  - at '/a': 'ab' does not match pattern '^x'"),
                Arguments.of("false", 1.0, "- at '': false schema"),
                Arguments.of("true", 1.0, ""));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void validate_reportsLikeTheLibraryHelmUses(String schema, Object value, String expected) throws Exception {
        assertThat(errors(schema, value)).isEqualTo(expected);
    }

    @Test
    void quote_usesSingleQuotesAndEscapes() {
        assertThat(SchemaError.quote("it's \"x\"")).isEqualTo("'it\\'s \"x\"'");
        assertThat(SchemaError.pointer(List.of("a/b", "c~d"))).isEqualTo("/a~1b/c~0d");
    }
}
