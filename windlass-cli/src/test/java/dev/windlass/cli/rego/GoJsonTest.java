package dev.windlass.cli.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoJsonTest {

    @Test
    void indented_writesGoStyleTwoSpaceJson() throws IOException {
        Value v = Values.parseJson("{\"b\": [1, 2.5, {}], \"a\": {\"x\": []}, \"c\": null}");

        assertThat(GoJson.indented(v)).isEqualTo("""
                {
                  "a": {
                    "x": []
                  },
                  "b": [
                    1,
                    2.5,
                    {}
                  ],
                  "c": null
                }
                """);
    }

    @Test
    void compact_hasNoSpaces() throws IOException {
        assertThat(GoJson.compact(Values.parseJson("{\"k\": [1, true, \"s\"]}"))).isEqualTo("{\"k\":[1,true,\"s\"]}");
    }

    @Test
    void strings_escapeHtmlCharactersAndControlsAsGoDoes() {
        assertThat(GoJson.compact(StringValue.of("a<b>&\"\\\n\t\u0001\u2028"))).isEqualTo(
                "\"a\\u003cb\\u003e\\u0026\\\"\\\\\\n\\t\\u0001\\u2028\"");
    }

    @Test
    void objectKeys_sortByUtf8BytesAndNonStringKeysAsJson() {
        ObjectValue o = ObjectValue.of(Map.of(
                StringValue.of("b"), NumberValue.of(1),
                StringValue.of("B"), NumberValue.of(2),
                NumberValue.of(3), NumberValue.of(4)));

        assertThat(GoJson.compact(o)).isEqualTo("{\"3\":4,\"B\":2,\"b\":1}");
    }

    @Test
    void sets_areArraysInTheirOrder() {
        assertThat(GoJson.compact(SetValue.of(StringValue.of("b"), StringValue.of("a")))).isEqualTo("[\"a\",\"b\"]");
        assertThat(GoJson.compact(ArrayValue.EMPTY)).isEqualTo("[]");
    }

    @Test
    void plainStructure_keepsFieldOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 1);
        m.put("a", List.of(true, "x"));

        assertThat(GoJson.indented(m)).isEqualTo("{\n  \"z\": 1,\n  \"a\": [\n    true,\n    \"x\"\n  ]\n}\n");
    }
}
