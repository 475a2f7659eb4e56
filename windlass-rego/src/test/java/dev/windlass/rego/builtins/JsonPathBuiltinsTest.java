package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.ExtBuiltinTesting.callJson;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.errorJson;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPathBuiltinsTest {
    private static final String DOC = "{\"a\":{\"b\":1,\"c\":[10,20,30],\"d\":{\"e\":2}},\"f\":3,\"g/h\":4}";

    @ParameterizedTest(name = "json.filter({1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "D|[\"a/b\"]|{\"a\":{\"b\":1}}",
        "D|[\"a/b\", \"f\"]|{\"a\":{\"b\":1},\"f\":3}",
        "D|[\"a\", \"a/b\"]|{\"a\":{\"b\":1,\"c\":[10,20,30],\"d\":{\"e\":2}}}",
        "D|[\"a/c/1\"]|{\"a\":{\"c\":[20]}}",
        "D|[[\"a\", \"d\", \"e\"]]|{\"a\":{\"d\":{\"e\":2}}}",
        "D|[\"g~1h\"]|{\"g/h\":4}",
        "D|[\"/f\"]|{\"f\":3}",
        "D|[\"x/y\"]|{}",
        "D|[]|{}",
    })
    void filter_keepsOnlyTheGivenPaths(String doc, String paths, String expected) throws Exception {
        assertThat(callJson("json.filter", DOC, paths)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "json.remove({1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "D|[\"a/b\"]|{\"a\":{\"c\":[10,20,30],\"d\":{\"e\":2}},\"f\":3,\"g/h\":4}",
        "D|[\"a\", \"f\", \"g~1h\"]|{}",
        "D|[\"a/c/0\", \"a/c/2\", \"a/d\", \"f\", \"g~1h\"]|{\"a\":{\"b\":1,\"c\":[20]}}",
        "D|[[\"a\", \"d\"], \"a/b\", \"a/c\"]|{\"a\":{},\"f\":3,\"g/h\":4}",
        "D|[\"nope\"]|{\"a\":{\"b\":1,\"c\":[10,20,30],\"d\":{\"e\":2}},\"f\":3,\"g/h\":4}",
    })
    void remove_dropsTheGivenPaths(String doc, String paths, String expected) throws Exception {
        assertThat(callJson("json.remove", DOC, paths)).isEqualTo(expected);
    }

    @Test
    void filterAndRemove_rejectBadOperands() {
        assertThat(errorJson("json.filter", "[]", "[]")).hasMessage("json.filter: operand 1 must be object but got array");
        assertThat(errorJson("json.remove", "{}", "\"a\"")).hasMessage("json.remove: operand 2 must be one of {set, array} but got string");
        assertThat(errorJson("json.filter", "{}", "[1]"))
                .hasMessage("json.filter: operand 2 must be one of {set, array} containing string paths or array of path segments but got number");
    }

    @ParameterizedTest(name = "json.patch({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\":1}|[{\"op\":\"add\",\"path\":\"/b\",\"value\":2}]|{\"a\":1,\"b\":2}",
        "{\"a\":[1,3]}|[{\"op\":\"add\",\"path\":\"/a/1\",\"value\":2}]|{\"a\":[1,2,3]}",
        "{\"a\":[1]}|[{\"op\":\"add\",\"path\":\"/a/-\",\"value\":2}]|{\"a\":[1,2]}",
        "{\"a\":1,\"b\":2}|[{\"op\":\"remove\",\"path\":\"/a\"}]|{\"b\":2}",
        "{\"a\":[1,2,3]}|[{\"op\":\"remove\",\"path\":\"/a/1\"}]|{\"a\":[1,3]}",
        "{\"a\":1}|[{\"op\":\"replace\",\"path\":\"/a\",\"value\":{\"x\":true}}]|{\"a\":{\"x\":true}}",
        "{\"a\":{\"b\":1},\"c\":{}}|[{\"op\":\"move\",\"from\":\"/a/b\",\"path\":\"/c/d\"}]|{\"a\":{},\"c\":{\"d\":1}}",
        "{\"a\":{\"b\":1}}|[{\"op\":\"copy\",\"from\":\"/a\",\"path\":\"/z\"}]|{\"a\":{\"b\":1},\"z\":{\"b\":1}}",
        "{\"a\":1}|[{\"op\":\"test\",\"path\":\"/a\",\"value\":1},{\"op\":\"add\",\"path\":\"/t\",\"value\":0}]|{\"a\":1,\"t\":0}",
        "{\"a\":1}|[{\"op\":\"add\",\"path\":\"\",\"value\":[9]}]|[9]",
        "[1,2]|[{\"op\":\"add\",\"path\":[0],\"value\":0}]|[0,1,2]",
        "{\"a\":1}|[{\"op\":\"remove\",\"path\":\"\"},{\"op\":\"add\",\"path\":\"\",\"value\":{\"b\":2}}]|{\"b\":2}",
    })
    void patch_appliesRfc6902Operations(String doc, String ops, String expected) throws Exception {
        assertThat(callJson("json.patch", doc, ops)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "json.patch({0}, {1}) is undefined")
    @CsvSource(delimiter = '|', value = {
        "{\"a\":1}|[{\"op\":\"test\",\"path\":\"/a\",\"value\":2}]",
        "{\"a\":1}|[{\"op\":\"remove\",\"path\":\"/b\"}]",
        "{\"a\":1}|[{\"op\":\"add\",\"path\":\"/x/y\",\"value\":1}]",
        "{\"a\":[1]}|[{\"op\":\"add\",\"path\":\"/a/5\",\"value\":1}]",
        "{\"a\":1}|[{\"op\":\"frobnicate\",\"path\":\"/a\"}]",
        "{\"a\":1}|[{\"op\":\"add\",\"path\":\"/a\"}]",
        "{\"a\":1}|[1]",
        "{\"a\":1}|[{\"op\":\"remove\",\"path\":\"\"}]",
        "{\"a\":1}|[{\"op\":\"remove\",\"path\":\"\"},{\"op\":\"add\",\"path\":\"/b\",\"value\":2}]",
        "[\"a\",\"b\"]|[{\"op\":\"remove\",\"path\":[1.0]}]",
    })
    void patch_isUndefinedWhenAnOperationFails(String doc, String ops) throws Exception {
        assertThat(callJson("json.patch", doc, ops)).isNull();
    }

    @Test
    void patch_replacingASetMemberWithAnotherValueIsUndefined() throws Exception {
        assertThat(ExtBuiltinTesting.call("json.patch",
                dev.windlass.rego.value.SetValue.of(ExtBuiltinTesting.str("a"), ExtBuiltinTesting.str("b")),
                ExtBuiltinTesting.json("[{\"op\":\"replace\",\"path\":[\"a\"],\"value\":\"c\"}]"))).isNull();
    }

    @Test
    void patch_addsToSets() throws Exception {
        assertThat(ExtBuiltinTesting.call("json.patch",
                dev.windlass.rego.value.ObjectValue.ofStrings(java.util.Map.of("s",
                        dev.windlass.rego.value.SetValue.of(ExtBuiltinTesting.str("x")))),
                ExtBuiltinTesting.json("[{\"op\":\"add\",\"path\":\"/s/y\",\"value\":\"y\"}]")).toString())
                .contains("\"y\"").contains("\"x\"");
    }
}
