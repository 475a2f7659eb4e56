package dev.windlass.helm.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoYamlWriterTest {

    static Stream<Arguments> scalars() {
        return Stream.of(
                Arguments.of(null, "null\n"),
                Arguments.of(true, "true\n"),
                Arguments.of(false, "false\n"),
                Arguments.of(42, "42\n"),
                Arguments.of(-7L, "-7\n"),
                Arguments.of(Long.MAX_VALUE, "9223372036854775807\n"),
                Arguments.of(new BigInteger("18446744073709551615"), "18446744073709551615\n"),
                Arguments.of(1.0, "1\n"),
                Arguments.of(1.5, "1.5\n"),
                Arguments.of(0.1, "0.1\n"),
                Arguments.of(3.14159, "3.14159\n"),
                Arguments.of(100.0, "100\n"),
                Arguments.of(1e6, "1000000\n"),
                Arguments.of(123456789.0, "123456789\n"),
                Arguments.of(1234567.5, "1.2345675e+06\n"),
                Arguments.of(0.0001, "0.0001\n"),
                Arguments.of(0.00001, "1e-05\n"),
                Arguments.of(0.000001, "1e-06\n"),
                Arguments.of(1e20, "1e+20\n"),
                Arguments.of(1e21, "1e+21\n"),
                Arguments.of(-0.0, "0\n"),
                Arguments.of(-2.5, "-2.5\n"),
                Arguments.of(1.8446744073709552e19, "1.8446744073709552e+19\n"),
                Arguments.of(9.3e18, "9300000000000000000\n"),
                Arguments.of("hi".getBytes(StandardCharsets.UTF_8), "aGk=\n"));
    }

    @ParameterizedTest
    @MethodSource
    void scalars(Object value, String yaml) {
        assertThat(GoYamlWriter.marshal(value)).isEqualTo(yaml);
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                Arguments.of("foo", "foo\n"),
                Arguments.of("", "\"\"\n"),
                Arguments.of("true", "\"true\"\n"),
                Arguments.of("True", "\"True\"\n"),
                Arguments.of("tRUE", "tRUE\n"),
                Arguments.of("yes", "\"yes\"\n"),
                Arguments.of("y", "\"y\"\n"),
                Arguments.of("n", "\"n\"\n"),
                Arguments.of("on", "\"on\"\n"),
                Arguments.of("off", "\"off\"\n"),
                Arguments.of("null", "\"null\"\n"),
                Arguments.of("NULL", "\"NULL\"\n"),
                Arguments.of("nULL", "nULL\n"),
                Arguments.of("~", "\"~\"\n"),
                Arguments.of("<<", "\"<<\"\n"),
                Arguments.of("0", "\"0\"\n"),
                Arguments.of("-1", "\"-1\"\n"),
                Arguments.of("123", "\"123\"\n"),
                Arguments.of("1.5", "\"1.5\"\n"),
                Arguments.of("1.20", "\"1.20\"\n"),
                Arguments.of("1.", "\"1.\"\n"),
                Arguments.of("1e3", "\"1e3\"\n"),
                Arguments.of("0x1F", "\"0x1F\"\n"),
                Arguments.of("0o17", "\"0o17\"\n"),
                Arguments.of("0b101", "\"0b101\"\n"),
                Arguments.of("08", "\"08\"\n"),
                Arguments.of("1_000", "\"1_000\"\n"),
                Arguments.of(".5", "\".5\"\n"),
                Arguments.of(".inf", "\".inf\"\n"),
                Arguments.of("-.inf", "\"-.inf\"\n"),
                Arguments.of(".nan", "\".nan\"\n"),
                Arguments.of("1e400", "1e400\n"),
                Arguments.of("1:20", "\"1:20\"\n"),
                Arguments.of("2001-12-14", "\"2001-12-14\"\n"),
                Arguments.of("2001-12-14T21:59:43.10Z", "\"2001-12-14T21:59:43.10Z\"\n"),
                Arguments.of("2001-12-14 21:59:43", "\"2001-12-14 21:59:43\"\n"),
                Arguments.of("2001-2-3", "\"2001-2-3\"\n"),
                Arguments.of("2001-02-30", "2001-02-30\n"),
                Arguments.of("1.0.0", "1.0.0\n"),
                Arguments.of("v1.20", "v1.20\n"),
                Arguments.of("+", "+\n"),
                Arguments.of("-", "'-'\n"),
                Arguments.of("- a", "'- a'\n"),
                Arguments.of("-a", "-a\n"),
                Arguments.of("a: b", "'a: b'\n"),
                Arguments.of("a:b", "a:b\n"),
                Arguments.of(":x", ":x\n"),
                Arguments.of("?x", "?x\n"),
                Arguments.of("? x", "'? x'\n"),
                Arguments.of("#comment", "'#comment'\n"),
                Arguments.of("a #b", "'a #b'\n"),
                Arguments.of("a#b", "a#b\n"),
                Arguments.of("@at", "'@at'\n"),
                Arguments.of("`tick", "'`tick'\n"),
                Arguments.of("%pct", "'%pct'\n"),
                Arguments.of("*star", "'*star'\n"),
                Arguments.of("&amp", "'&amp'\n"),
                Arguments.of("!bang", "'!bang'\n"),
                Arguments.of("|pipe", "'|pipe'\n"),
                Arguments.of(">gt", "'>gt'\n"),
                Arguments.of("[x", "'[x'\n"),
                Arguments.of("{x", "'{x'\n"),
                Arguments.of(",x", "',x'\n"),
                Arguments.of("x, y]", "x, y]\n"),
                Arguments.of("---", "'---'\n"),
                Arguments.of("...", "'...'\n"),
                Arguments.of(" leading", "' leading'\n"),
                Arguments.of("trailing ", "'trailing '\n"),
                Arguments.of("it's", "it's\n"),
                Arguments.of("'quoted'", "'''quoted'''\n"),
                Arguments.of("\"dq\"", "'\"dq\"'\n"),
                Arguments.of("a\\b", "a\\b\n"),
                Arguments.of("tab\there", "\"tab\\there\"\n"),
                Arguments.of("a\"b\tc", "\"a\\\"b\\tc\"\n"),
                Arguments.of("cr\rlf", "\"cr\\rlf\"\n"),
                Arguments.of("nel\u0085x", "\"nel\\Nx\"\n"),
                Arguments.of("bell\u0007", "\"bell\\a\"\n"),
                Arguments.of("ctl\u0001", "\"ctl\\x01\"\n"),
                Arguments.of("héllo", "héllo\n"),
                Arguments.of("日本語", "日本語\n"),
                Arguments.of("smile😀", "\"smile\\U0001F600\"\n"),
                Arguments.of("line1\nline2", "|-\n  line1\n  line2\n"),
                Arguments.of("line1\nline2\n", "|\n  line1\n  line2\n"),
                Arguments.of("line1\n\n", "|+\n  line1\n\n"),
                Arguments.of(" lead\nx", "|2-\n   lead\n  x\n"),
                Arguments.of("trailing \nx", "\"trailing \\nx\"\n"),
                Arguments.of("x\n y", "|-\n  x\n   y\n"));
    }

    @ParameterizedTest
    @MethodSource
    void strings(String value, String yaml) {
        assertThat(GoYamlWriter.marshal(value)).isEqualTo(yaml);
    }

    static Stream<Arguments> collections() {
        return Stream.of(
                Arguments.of(map(), "{}\n"),
                Arguments.of(List.of(), "[]\n"),
                Arguments.of(map("b", 1, "a", 2), "a: 2\nb: 1\n"),
                Arguments.of(map("a", map("b", "c")), "a:\n  b: c\n"),
                Arguments.of(map("a", List.of(1, 2)), "a:\n- 1\n- 2\n"),
                Arguments.of(List.of(map("a", 1, "b", 2), map("c", 3)), "- a: 1\n  b: 2\n- c: 3\n"),
                Arguments.of(List.of(List.of(1, 2)), "- - 1\n  - 2\n"),
                Arguments.of(map("a", List.of(List.of(1))), "a:\n- - 1\n"),
                Arguments.of(map("a", List.of(map("b", 1, "c", 2))), "a:\n- b: 1\n  c: 2\n"),
                Arguments.of(map("a", map()), "a: {}\n"),
                Arguments.of(map("a", List.of()), "a: []\n"),
                Arguments.of(List.of(map(), List.of()), "- {}\n- []\n"),
                Arguments.of(map("a", null), "a: null\n"),
                Arguments.of(List.of("x\ny"), "- |-\n  x\n  y\n"),
                Arguments.of(map("a", map("b", "x\ny")), "a:\n  b: |-\n    x\n    y\n"),
                Arguments.of(map("a10", 1, "a9", 2), "a9: 2\na10: 1\n"),
                Arguments.of(map("10", 1, "9", 2, "1", 3), "\"1\": 3\n\"9\": 2\n\"10\": 1\n"),
                Arguments.of(map("a", 1, "_a", 2), "_a: 2\na: 1\n"),
                Arguments.of(map("a", 1, "B", 2), "B: 2\na: 1\n"),
                Arguments.of(map("true", 1), "\"true\": 1\n"),
                Arguments.of(map("a: b", 1), "'a: b': 1\n"),
                Arguments.of(map("", 1), "\"\": 1\n"),
                Arguments.of(map("a\nb", 1), "? |-\n  a\n  b\n: 1\n"),
                Arguments.of(map("k", map("x", List.of(map("y", List.of("z"))))), "k:\n  x:\n  - \"y\":\n    - z\n"),
                Arguments.of(map("image", map("tag", "1.20", "pullPolicy", "IfNotPresent")),
                        "image:\n  pullPolicy: IfNotPresent\n  tag: \"1.20\"\n"));
    }

    @ParameterizedTest
    @MethodSource
    void collections(Object value, String yaml) {
        assertThat(GoYamlWriter.marshal(value)).isEqualTo(yaml);
    }

    @Test
    void marshal_foldsLongPlainStringsAfterColumn80() {
        String words = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("word%02d", i))
                .collect(Collectors.joining(" "));
        String line1 = IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("word%02d", i))
                .collect(Collectors.joining(" "));
        String line2 = IntStream.rangeClosed(13, 20).mapToObj(i -> String.format("word%02d", i))
                .collect(Collectors.joining(" "));
        assertThat(GoYamlWriter.marshal(map("a", words))).isEqualTo("a: " + line1 + "\n  " + line2 + "\n");
    }

    @Test
    void marshal_keepsLongStringsWithoutSpacesOnOneLine() {
        String word = "x".repeat(200);
        assertThat(GoYamlWriter.marshal(map("a", word))).isEqualTo("a: " + word + "\n");
    }

    @Test
    void marshal_writesKeysLongerThan128BytesAsComplexKeys() {
        String key = "k".repeat(129);
        assertThat(GoYamlWriter.marshal(map(key, 1))).isEqualTo("? " + key + "\n: 1\n");
        String shortKey = "k".repeat(128);
        assertThat(GoYamlWriter.marshal(map(shortKey, 1))).isEqualTo(shortKey + ": 1\n");
    }

    @Test
    void marshal_foldsLongDoubleQuotedStrings() {
        String text = "\t" + "ab ".repeat(40).trim();
        String out = GoYamlWriter.marshal(text);
        assertThat(out).startsWith("\"\\tab ab").contains("\n  ab").endsWith("ab\"\n");
    }

    @Test
    void marshal_usesJsonFieldsOfMarshalers() {
        JsonMarshaler caps = () -> map("Version", "v1.20.0", "Major", "1");
        assertThat(GoYamlWriter.marshal(map("kube", caps))).isEqualTo("kube:\n  Major: \"1\"\n  Version: v1.20.0\n");
    }

    @Test
    void marshal_failsOnNaNAndInfinityWithJsonsMessage() {
        assertThatThrownBy(() -> GoYamlWriter.marshal(map("a", Double.NaN)))
                .hasMessage("error marshaling into JSON: json: unsupported value: NaN");
        assertThatThrownBy(() -> GoYamlWriter.marshal(Double.POSITIVE_INFINITY))
                .hasMessage("error marshaling into JSON: json: unsupported value: +Inf");
    }

    @Test
    void marshal_failsOnUnsupportedTypes() {
        assertThatThrownBy(() -> GoYamlWriter.marshal(new Object()))
                .hasMessageStartingWith("error marshaling into JSON: json: unsupported type: ");
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }
}
