package dev.windlass.helm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.gotemplate.TemplateSet;
import dev.windlass.gotemplate.TemplateOptions;
import dev.windlass.gotemplate.sprig.GoTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code fromToml} decodes what BurntSushi/toml decodes and fails with its messages. */
class TomlReaderTest {

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("a = 1", map("a", 1L)),
                Arguments.of("a = -17\nb = +17", map("a", -17L, "b", 17L)),
                Arguments.of("a = 1_000_000", map("a", 1_000_000L)),
                Arguments.of("a = 0xDEAD_beef", map("a", 0xDEADBEEFL)),
                Arguments.of("a = 0o755", map("a", 493L)),
                Arguments.of("a = 0b1101", map("a", 13L)),
                Arguments.of("a = 0", map("a", 0L)),
                Arguments.of("a = -9223372036854775808", map("a", Long.MIN_VALUE)),
                Arguments.of("a = 3.14\nb = -1e-3\nc = 6.02E+23\nd = 1_000.5", map("a", 3.14, "b", -1e-3,
                        "c", 6.02e23, "d", 1000.5)),
                Arguments.of("a = inf\nb = -inf\nc = +inf", map("a", Double.POSITIVE_INFINITY,
                        "b", Double.NEGATIVE_INFINITY, "c", Double.POSITIVE_INFINITY)),
                Arguments.of("a = true\nb = false", map("a", true, "b", false)),
                Arguments.of("a = \"tab\\tq\\\"\\\\ \\u00e9 \\U0001F600\\n\"", map("a", "tab\tq\"\\ é 😀\n")),
                Arguments.of("a = \"\\b\\f\\r\"", map("a", "\b\f\r")),
                Arguments.of("a = 'C:\\path\\n'", map("a", "C:\\path\\n")),
                Arguments.of("a = \"\"\"\nThe quick \\\n   brown \\\n\n  fox\"\"\"", map("a", "The quick brown fox")),
                Arguments.of("a = \"\"\"\nline1\nline2\n\"\"\"", map("a", "line1\nline2\n")),
                Arguments.of("a = '''\nraw \\n\n'''", map("a", "raw \\n\n")),
                Arguments.of("a = \"\"\"x\"\"y\"\"\"\nb = \"\"\"a\"\"\"\"", map("a", "x\"\"y", "b", "a\"")),
                Arguments.of("a = ''''x'''''", map("a", "'x''")),
                Arguments.of("\"a b\" = 1\n'c.d' = 2\n\"\" = 3", map("a b", 1L, "c.d", 2L, "", 3L)),
                Arguments.of("a.b.c = 1\na . d = 2", map("a", map("b", map("c", 1L), "d", 2L))),
                Arguments.of("[a]\nx = 1\n[a.b]\ny = 2", map("a", map("x", 1L, "b", map("y", 2L)))),
                Arguments.of("[a.b]\nx = 1\n[a]\ny = 2", map("a", map("b", map("x", 1L), "y", 2L))),
                Arguments.of("[ a . \"b c\" ]\nx = 1", map("a", map("b c", map("x", 1L)))),
                Arguments.of("[[p]]\nn = 1\n[[p]]\nn = 2", map("p", list(map("n", 1L), map("n", 2L)))),
                Arguments.of("[[f]]\nname = 'a'\n[f.g]\nc = 'r'\n[[f.v]]\nn = 'x'\n[[f]]\nname = 'b'",
                        map("f", list(map("name", "a", "g", map("c", "r"), "v", list(map("n", "x"))),
                                map("name", "b")))),
                Arguments.of("a = {x = 1, y = {z = 'q'}}", map("a", map("x", 1L, "y", map("z", "q")))),
                Arguments.of("a = {b.c = 1, b.d = 2}", map("a", map("b", map("c", 1L, "d", 2L)))),
                Arguments.of("a = [{x = 1}, {x = 2}]", map("a", list(map("x", 1L), map("x", 2L)))),
                Arguments.of("a = {}", map("a", map())),
                Arguments.of("a = [\n  1, # one\n  2,\n]", map("a", list(1L, 2L))),
                Arguments.of("a = [[1, 2], ['x'], []]", map("a", list(list(1L, 2L), list("x"), list()))),
                Arguments.of("# c\n\n  a = 1 # c2\n# end", map("a", 1L)),
                Arguments.of("a = 1\r\nb = 2\r\n", map("a", 1L, "b", 2L)),
                Arguments.of("\uFEFFa = 1", map("a", 1L)),
                Arguments.of("", map()),
                Arguments.of("a = {\n  x = 1, # TOML 1.1\n}", map("a", map("x", 1L))),
                Arguments.of("a = \"\\e\\x41\"", map("a", "\u001bA")),
                Arguments.of("[t]\na = 1\n[[t.arr]]\n[[t.arr]]\nb = 'x'",
                        map("t", map("a", 1L, "arr", list(map(), map("b", "x"))))));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void read_decodesDocumentsAsBurntSushiToml(String toml, Map<String, Object> expected) throws Exception {
        assertThat(TomlReader.read(toml)).isEqualTo(expected);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("a x", "toml: line 1: expected '.' or '=', but got 'x' instead"),
                Arguments.of("[t]\na x", "toml: line 2 (last key \"t\"): expected '.' or '=', but got 'x' instead"),
                Arguments.of("a\nb = 1", "toml: line 1: expected '.' or '=', but got '\\n' instead"),
                Arguments.of("a = 1\na = 2", "toml: line 2 (last key \"a\"): Key 'a' has already been defined."),
                Arguments.of("a.b = 1\na.b = 2", "toml: line 2 (last key \"a.b\"): Key 'a.b' has already been defined."),
                Arguments.of("[a]\n[a]", "toml: line 2: Key 'a' has already been defined."),
                Arguments.of("[[a]]\n[a]", "toml: line 2: Key 'a' has already been defined."),
                Arguments.of("a = 1\n[a.b]", "toml: line 2: Key 'a' was already created as a hash."),
                Arguments.of("a = []\n[[a]]", "toml: line 2: Key 'a' was already created and cannot be used as an array."),
                Arguments.of("a = ", "toml: line 1 (last key \"a\"): unexpected EOF; expected value"),
                Arguments.of("a =\nb = 1", "toml: line 1 (last key \"a\"): expected value but found '\\n' instead"),
                Arguments.of("a = \"abc", "toml: line 1 (last key \"a\"): unexpected EOF; expected '\"'"),
                Arguments.of("a = \"ab\nc\"", "toml: line 1 (last key \"a\"): strings cannot contain newlines"),
                Arguments.of("a = 1x", "toml: line 1: expected a top-level item to end with a newline, comment, or EOF, "
                        + "but got 'x' instead"),
                Arguments.of("a = [1,,2]", "toml: line 1 (last key \"a\"): unexpected comma"),
                Arguments.of("a = [1 2]", "toml: line 1 (last key \"a\"): expected a comma (',') or array terminator "
                        + "(']'), but got '2'"),
                Arguments.of("a = {b = 1 c = 2}", "toml: line 1 (last key \"a.b\"): expected a comma or an inline table "
                        + "terminator '}', but got 'c' instead"),
                Arguments.of("a = 0123", "toml: line 1 (last key \"a\"): Invalid integer \"0123\": cannot have leading zeroes"),
                Arguments.of("a = 1__0", "toml: line 1 (last key \"a\"): Invalid integer \"1__0\": underscores must be "
                        + "surrounded by digits"),
                Arguments.of("a = 9223372036854775808", "toml: line 1 (last key \"a\"): 9223372036854775808 is out of "
                        + "range for int64"),
                Arguments.of("a = 1.", "toml: line 1 (last key \"a\"): Invalid float \"1.\": '.' must be followed by one "
                        + "or more digits"),
                Arguments.of("a = 1e999", "toml: line 1 (last key \"a\"): 1e999 is out of range for float64"),
                Arguments.of("a = .5", "toml: line 1 (last key \"a\"): floats must start with a digit, not '.'"),
                Arguments.of("a = \"\\q\"", "toml: line 1 (last key \"a\"): invalid escape in string '\\q'"),
                Arguments.of("a = \"\\u12\"", "toml: line 1 (last key \"a\"): expected four hexadecimal digits after "
                        + "'\\u', but got \"\\\\u12\\\"\" instead"),
                Arguments.of("a = tru", "toml: line 1 (last key \"a\"): expected value but found \"tru\" instead"),
                Arguments.of("a = 1979-13-01", "toml: line 1 (last key \"a\"): invalid datetime: \"1979-13-01\""),
                Arguments.of("[]", "toml: line 1: unexpected end of table name (table names cannot be empty)"),
                Arguments.of("[a.]", "toml: line 1: unexpected end of table name (table names cannot be empty)"),
                Arguments.of("[a", "toml: line 1: expected '.' or ']' to end table name, but got '\\x00' instead"),
                Arguments.of("[[a]", "toml: line 1: expected end of table array name delimiter ']', but got '\\x00' "
                        + "instead"),
                Arguments.of("= 1", "toml: line 1: unexpected '=': key name appears blank"),
                Arguments.of("a = +0x10", "toml: line 1 (last key \"a\"): cannot use sign with non-decimal numbers: '+0x'"),
                Arguments.of("a = 1\n\n\nb = @", "toml: line 4 (last key \"b\"): expected value but found '@' instead"),
                Arguments.of("a = \"\u0001\"", "toml: line 1 (last key \"a\"): TOML files cannot contain control "
                        + "characters: '0x01'"),
                Arguments.of("t = { i.t = [{}], i.t.v = 1 }", "toml: line 1 (last key \"t.i.t.v\"): \"t.i.t\" is not "
                        + "a table"),
                Arguments.of("a = {x = 1}\na.x = 2", "toml: line 2 (last key \"a.x\"): Key 'a.x' has already been defined."));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void read_failsWithBurntSushiParseErrorText(String toml, String message) {
        assertThatThrownBy(() -> TomlReader.read(toml)).isInstanceOf(TomlReader.TomlError.class).hasMessage(message);
    }

    @Test
    void read_nanIsNotANumber() throws Exception {
        assertThat((Double) TomlReader.read("a = nan").get("a")).isNaN();
        assertThat((Double) TomlReader.read("a = -nan").get("a")).isNaN();
    }

    @Test
    void read_offsetDateTimesAreGoTimesAtTheirInstant() throws Exception {
        Map<String, Object> doc = TomlReader.read("a = 1979-05-27T07:32:00Z\nb = 1979-05-27T00:32:00.5-07:00\n"
                + "c = 1979-05-27 07:32:00z");
        GoTime a = (GoTime) doc.get("a");
        assertThat(a.toString()).isEqualTo("1979-05-27 07:32:00 +0000 UTC");
        assertThat(a.unix()).isEqualTo(296638320L);
        assertThat(((GoTime) doc.get("b")).unix()).isEqualTo(296638320L);
        assertThat(((GoTime) doc.get("b")).time().getNano()).isEqualTo(500_000_000);
        assertThat(doc.get("c").toString()).isEqualTo(a.toString());
    }

    @Test
    void read_localDatesAndTimesAreInBurntSushisNamedLocalZones() throws Exception {
        Map<String, Object> doc = TomlReader.read("a = 1979-05-27T07:32:00\nb = 1979-05-27\nc = 07:32:00.25\nd = 07:32");
        assertThat(doc.get("a").toString()).startsWith("1979-05-27 07:32:00 ").endsWith(" datetime-local");
        assertThat(doc.get("b").toString()).startsWith("1979-05-27 00:00:00 ").endsWith(" date-local");
        assertThat(doc.get("c").toString()).startsWith("0000-01-01 07:32:00.25 ").endsWith(" time-local");
        assertThat(doc.get("d").toString()).startsWith("0000-01-01 07:32:00 ").endsWith(" time-local");
    }

    @Test
    void read_roundTripsWhatToTomlWrites() throws Exception {
        Map<String, Object> values = map("name", "web \"x\"\n", "replicas", 3L, "ratio", 0.5, "debug", false,
                "ports", list(80L, 443L), "image", map("repository", "nginx", "tag", "1.2", "pull", map("policy", "Always")),
                "users", list(map("name", "ann", "roles", list("a", "b")), map("name", "bob")),
                "empty", map(), "nested", list(list(1L), list("x")));

        assertThat(TomlReader.read(TomlWriter.write(values))).isEqualTo(values);
    }

    @Test
    void fromToml_returnsTheDocumentOrOnlyTheErrorText() {
        assertThat(HelmFunctions.fromToml("a = 1\n[b]\nc = 'd'")).isEqualTo(map("a", 1L, "b", map("c", "d")));
        assertThat(HelmFunctions.fromToml("a = 1\na = 2"))
                .isEqualTo(map("Error", "toml: line 2 (last key \"a\"): Key 'a' has already been defined."));
    }

    @Test
    void fromToml_isATemplateFunction() throws Exception {
        TemplateSet set = new TemplateSet("t", TemplateOptions.defaults());
        set.addFuncs(HelmFunctions.functions(ClusterLookup.NONE));
        set.parse("t", "{{ (fromToml \"a = 1\\n[b]\\nc = 'x'\").a }} {{ (fromToml \"a = 1\\n[b]\\nc = 'x'\").b.c }}"
                + " {{ (fromToml \"a x\").Error }}");

        assertThat(set.execute("t", Map.of()))
                .isEqualTo("1 x toml: line 1: expected '.' or '=', but got 'x' instead");
    }
}
