package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.ExtBuiltinTesting.callJson;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.errorJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MiscBuiltinsTest {
    @Test
    void uuidRfc4122_isAVersion4UuidMemoisedPerKeyAndEvaluation() throws Exception {
        BuiltinContext context = ExtBuiltinTesting.context();
        Value first = ExtBuiltinTesting.call(context, "uuid.rfc4122", StringValue.of("a"));
        assertThat(((StringValue) first).value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(ExtBuiltinTesting.call(context, "uuid.rfc4122", StringValue.of("a"))).isEqualTo(first);
        assertThat(ExtBuiltinTesting.call(context, "uuid.rfc4122", StringValue.of("b"))).isNotEqualTo(first);
        assertThat(ExtBuiltinTesting.call(ExtBuiltinTesting.context(), "uuid.rfc4122", StringValue.of("a"))).isNotEqualTo(first);
        assertThat(BuiltinTable.standard().find("uuid.rfc4122").orElseThrow().deterministic()).isFalse();
    }

    @ParameterizedTest(name = "uuid.parse({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "b01d0062-a116-11ee-822b-7ab0b9e5e0c0|{\"clocksequence\":555,\"macvariables\":\"local:unicast\",\"nodeid\":\"7a-b0-b9-e5-e0-c0\",\"time\":1703282931110717000,\"variant\":\"RFC4122\",\"version\":1}",
        "000003e8-a129-21ee-ae00-325096b39f47|{\"clocksequence\":11776,\"domain\":\"Person\",\"id\":1000,\"macvariables\":\"local:unicast\",\"nodeid\":\"32-50-96-b3-9f-47\",\"time\":1703290796079613600,\"variant\":\"RFC4122\",\"version\":2}",
        "6ba7b810-9dad-31d1-80b4-00c04fd430c8|{\"variant\":\"RFC4122\",\"version\":3}",
        "{6ba7b810-9dad-41d1-c0b4-00c04fd430c8}|{\"variant\":\"Microsoft\",\"version\":4}",
        "urn:uuid:6ba7b810-9dad-51d1-e0b4-00c04fd430c8|{\"variant\":\"Future\",\"version\":5}",
        "6ba7b8109dad41d100b400c04fd430c8|{\"variant\":\"Reserved\",\"version\":4}",
    })
    void uuidParse_decodesFields(String uuid, String expected) throws Exception {
        assertThat(callJson("uuid.parse", NetBuiltinsTest.q(uuid))).isEqualTo(expected);
    }

    @Test
    void uuidParse_isUndefinedForInvalidText() throws Exception {
        assertThat(callJson("uuid.parse", "\"not-a-uuid\"")).isNull();
        assertThat(callJson("uuid.parse", "\"6ba7b810x9dad-11d1-80b4-00c04fd430c8\"")).isNull();
    }

    @Test
    void randIntn_isBoundedAndMemoisedByKey() throws Exception {
        BuiltinContext context = ExtBuiltinTesting.context();
        Value first = ExtBuiltinTesting.call(context, "rand.intn", StringValue.of("k"), NumberValue.of(10));
        assertThat(((NumberValue) first).longValue()).isBetween(0L, 9L);
        for (int i = 0; i < 5; i++) {
            assertThat(ExtBuiltinTesting.call(context, "rand.intn", StringValue.of("k"), NumberValue.of(-10))).isEqualTo(first);
        }
        assertThat(callJson("rand.intn", "\"k\"", "0")).isEqualTo("0");
        assertThat(errorJson("rand.intn", "\"k\"", "1.5"))
                .hasMessage("rand.intn: operand 2 must be integer number but got floating-point number");
    }

    @ParameterizedTest(name = "graph.reachable({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\":[\"b\"],\"b\":[\"c\"],\"c\":[\"a\"],\"d\":[]}|[\"a\"]|[\"a\",\"b\",\"c\"]",
        "{\"a\":[\"b\"],\"b\":[],\"d\":[]}|[\"d\"]|[\"d\"]",
        "{\"a\":[\"b\"],\"b\":[\"x\"]}|[\"a\"]|[\"a\",\"b\"]",
        "{\"a\":[\"b\"]}|[\"z\"]|[]",
        "{\"a\":[\"b\"],\"b\":[]}|[]|[]",
    })
    void reachable_walksEdges(String graph, String initial, String expected) throws Exception {
        assertThat(callJson("graph.reachable", graph, initial)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "graph.reachable_paths({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\":[\"b\"],\"b\":[\"c\"],\"c\":[]}|[\"a\"]|[[\"a\",\"b\",\"c\"]]",
        "{\"a\":[\"b\",\"c\"],\"b\":[],\"c\":[]}|[\"a\"]|[[\"a\",\"b\"],[\"a\",\"c\"]]",
        "{\"a\":[\"b\"],\"b\":[\"a\"]}|[\"a\"]|[[\"a\",\"b\"]]",
        "{\"a\":[]}|[\"a\"]|[[\"a\"]]",
        "{\"a\":[\"x\"]}|[\"a\"]|[[\"a\"]]",
    })
    void reachablePaths_listsPathsToLeavesAndCycles(String graph, String initial, String expected) throws Exception {
        assertThat(callJson("graph.reachable_paths", graph, initial)).isEqualTo(expected);
    }

    @Test
    void reachable_rejectsBadOperands() {
        assertThat(errorJson("graph.reachable", "[]", "[]")).hasMessage("graph.reachable: operand 1 must be object but got array");
        assertThat(errorJson("graph.reachable", "{}", "\"a\""))
                .hasMessage("graph.reachable: operand 2 must be {array, set} but got string");
    }

    @Test
    void opaRuntime_reportsWindlassWithoutTheEnvironment() throws Exception {
        assertThat(callJson("opa.runtime")).isEqualTo("{\"version\":\"windlass\"}");
    }
}
