package dev.windlass.helm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code toToml} prints what BurntSushi/toml's encoder prints for Helm's values. */
class TomlWriterTest {

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void toToml_writesSortedKeysBeforeTablesWithFloatsAsHelmsValuesAreFloat64() {
        Map<String, Object> values = map("replicas", 3.0, "name", "web", "debug", false, "port", 8080L,
                "image", map("tag", "1.2", "repository", "nginx"), "ratio", 0.5);

        assertThat(HelmFunctions.toToml(values)).isEqualTo("""
                debug = false
                name = "web"
                port = 8080
                ratio = 0.5
                replicas = 3.0

                [image]
                  repository = "nginx"
                  tag = "1.2"
                """);
    }

    @Test
    void toToml_indentsNestedTablesAndWritesListsOfMapsAsArraysOfTables() {
        Map<String, Object> values = map("server", map("tls", map("enabled", true), "hosts", List.of("a", "b")),
                "users", List.of(map("name", "ann"), map("name", "bob")));

        assertThat(HelmFunctions.toToml(values)).isEqualTo("""

                [server]
                  hosts = ["a", "b"]
                  [server.tls]
                    enabled = true

                [[users]]
                  name = "ann"

                [[users]]
                  name = "bob"
                """.substring(1));
    }

    @Test
    void toToml_quotesKeysAndEscapesStringsAndSkipsNils() {
        Map<String, Object> values = map("app.kubernetes.io/name", "a\"b\\c\nd", "gone", null);

        assertThat(HelmFunctions.toToml(values)).isEqualTo("\"app.kubernetes.io/name\" = \"a\\\"b\\\\c\\nd\"\n");
    }

    @Test
    void toToml_printsTheEncodersErrorInPlaceOfTheDocument() throws Exception {
        assertThat(HelmFunctions.toToml("text")).isEqualTo("toml: top-level values must be Go maps or structs");
        assertThat(HelmFunctions.toToml(map("a", Arrays.asList("x", null))))
                .isEqualTo("toml: cannot encode array with nil element");
    }
}
