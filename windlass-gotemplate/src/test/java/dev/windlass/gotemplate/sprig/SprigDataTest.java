package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.sprig.SprigCalls.call;
import static dev.windlass.gotemplate.sprig.SprigCalls.fail;
import static dev.windlass.gotemplate.sprig.SprigCalls.list;
import static dev.windlass.gotemplate.sprig.SprigCalls.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SprigDataTest {

    private static Arguments c(Object expected, String name, Object... args) {
        return Arguments.of(name, Arrays.asList(args), expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // lists
                c(list(1, "a"), "list", 1, "a"), c(list(1, 2, 3), "append", list(1, 2), 3), c(list(0, 1), "prepend", list(1), 0),
                c(1, "first", list(1, 2)), c(null, "first", list()), c(2, "last", list(1, 2)), c(list(2, 3), "rest", list(1, 2, 3)),
                c(list(1, 2), "initial", list(1, 2, 3)), c(list(3, 2, 1), "reverse", list(1, 2, 3)),
                c(list(1, 2), "uniq", list(1, 2, 1, 2)), c(list(1, "a"), "compact", list(0, 1, "", "a", null, false)),
                c(list(list(1, 2), list(3)), "chunk", 2, list(1, 2, 3)), c(list(1, 3), "without", list(1, 2, 3, 2), 2),
                c(true, "has", 2, list(1, 2)), c(false, "has", 2L, list(1, 2)), c(false, "has", 1, null),
                c(list(2, 3), "slice", list(1, 2, 3, 4), 1, 3), c(list(3, 4), "slice", list(1, 2, 3, 4), 2),
                c(list(1, 2, 3), "concat", list(1), list(2, 3)), c(list(0, 1, 2), "until", 3), c(list(0, -1), "until", -2),
                c(list(0, 3, 6), "untilStep", 0, 9, 3), c("1 2 3", "seq", 3), c("2 3 4", "seq", 2, 4), c("0 2 4", "seq", 0, 2, 5),
                c("3 2 1", "seq", 3, 1), c("", "seq", 1, 2, 0, 9),
                // dicts
                c(map("a", 1, "b", ""), "dict", "a", 1, "b"), c(map("1", "x"), "dict", 1, "x"), c(1, "get", map("a", 1), "a"),
                c("", "get", map("a", 1), "b"), c(map("a", 2), "set", map("a", 1), "a", 2), c(map(), "unset", map("a", 1), "a"),
                c(true, "hasKey", map("a", null), "a"), c(list(1, 2), "pluck", "a", map("a", 1), map("b", 0), map("a", 2)),
                c(map("a", 1), "pick", map("a", 1, "b", 2), "a", "z"), c(map("b", 2), "omit", map("a", 1, "b", 2), "a"),
                c(list(1), "values", map("a", 1)), c("x", "dig", "a", "b", "d", map("a", map("b", "x"))),
                c("d", "dig", "a", "z", "d", map("a", map("b", "x"))),
                // math
                c(3L, "add1", 2), c(6L, "add", 1, "2", 3.9), c(-1L, "sub", 1, 2), c(2L, "div", 7, 3), c(1L, "mod", 7, 3),
                c(24L, "mul", 2, 3, 4), c(5L, "max", 1, 5, "3"), c(1L, "min", 4, 1, 3), c(5L, "biggest", 5, 2),
                c(3.3, "addf", 1.1, 2.2), c(2.5, "add1f", 1.5), c(0.1, "subf", 0.3, 0.2), c(0.6666666666666667, "divf", 2, 3),
                c(6.0, "mulf", 1.5, 4), c(2.5, "maxf", 1, 2.5), c(-1.0, "minf", 3, -1), c(2.0, "ceil", 1.2), c(1.0, "floor", 1.8),
                c(3.14, "round", 3.14159, 2), c(3.0, "round", 2.5, 0), c(2.0, "round", 2.5, 0, 0.6),
                c(12, "atoi", "12"), c(0, "atoi", "12a"), c(12, "int", "12"), c(12, "int", "12.0"), c(0, "int", "12.5"),
                c(31, "int", "0x1F"), c(8, "int", "010"), c(3, "int", 3.9), c(1, "int", true), c(0, "int", (Object) null),
                c(12L, "int64", "12"), c(1.5, "float64", "1.5"), c(0.0, "float64", "abc"), c(3.0, "float64", 3),
                c(493L, "toDecimal", "0755"), c(0L, "toDecimal", "9"), c("3", "toString", 3.0), c("1e+06", "toString", 1e6),
                c("[1 2]", "toString", list(1, 2)), c("<nil>", "toString", (Object) null), c("hi", "toString", "hi".getBytes()),
                // defaults
                c("d", "default", "d", ""), c("d", "default", "d", 0), c("x", "default", "d", "x"), c("d", "default", "d"),
                c(false, "default", false, false), c(true, "empty", map()), c(false, "empty", list(0)), c(true, "empty", 0.0),
                c("b", "coalesce", null, "", "b"), c(true, "all", 1, "a"), c(false, "all", 1, ""), c(true, "any", 0, "a"),
                c("yes", "ternary", "yes", "no", true), c("no", "ternary", "yes", "no", false),
                c("{\"a\":1,\"b\":[true,null],\"c\":\"\\u003cx\\u003e\"}", "toJson", map("b", list(true, null), "a", 1, "c", "<x>")),
                c("{\"c\":\"<x>\"}", "toRawJson", map("c", "<x>")), c("{\n  \"a\": [\n    1\n  ]\n}", "toPrettyJson",
                        map("a", list(1))), c("1.5", "toJson", 1.5), c("1e-7", "toJson", 1e-7), c("3", "toJson", 3.0),
                c("\"aGk=\"", "toJson", "hi".getBytes()), c("", "toJson", Double.NaN),
                c(map("a", 1.0, "b", list("x")), "fromJson", "{\"a\":1,\"b\":[\"x\"]}"), c(null, "fromJson", "{bad"),
                // reflection
                c("string", "typeOf", "x"), c("int", "typeOf", 1), c("map[string]interface {}", "typeOf", map()),
                c(true, "typeIs", "int64", 1L), c(true, "typeIsLike", "semver.Version", new SprigSemver.Version(null)),
                c("slice", "kindOf", list()), c("map", "kindOf", map()), c("float64", "kindOf", 1.0), c("invalid", "kindOf",
                        (Object) null), c(true, "kindIs", "string", "a"), c(true, "deepEqual", list(1, map("a", "b")),
                        list(1, map("a", "b"))), c(false, "deepEqual", 1, 1L),
                // encodings and paths
                c("aGVsbG8=", "b64enc", "hello"), c("hello", "b64dec", "aGVsbG8="), c("illegal base64 data at input byte 4",
                        "b64dec", "aGVs!"), c("illegal base64 data at input byte 0", "b64dec", "!"), c("NBSWY3DP", "b32enc", "hello"),
                c("hello", "b32dec", "NBSWY3DP"), c("NBSWY3DPEE======", "b32enc", "hello!"), c("hello!", "b32dec", "NBSWY3DPEE======"),
                c("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d", "sha1sum", "hello"),
                c("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", "sha256sum", "hello"),
                c("103547413", "adler32sum", "hello"), c("c", "base", "/a/b/c/"), c("/a/b", "dir", "/a/b/c"), c(".", "dir", "c"),
                c("/a/c", "clean", "/a/b/../c/."), c("../x", "clean", "../x"), c(".gz", "ext", "a.tar.gz"), c(true, "isAbs", "/x"),
                c("c", "osBase", "a/c"),
                c(map("scheme", "https", "host", "u:p@x.io:8443".substring(4), "hostname", "x.io", "path", "/a b", "query", "q=1",
                        "opaque", "", "fragment", "f", "userinfo", "u:p"), "urlParse", "https://u:p@x.io:8443/a%20b?q=1#f"),
                c("https://x.io/a%20b?q=1#f", "urlJoin", map("scheme", "https", "host", "x.io", "path", "/a b", "query", "q=1",
                        "fragment", "f")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void dataFunction_matchesSprig(String name, java.util.List<Object> args, Object expected) throws Exception {
        assertThat(call(name, args.toArray())).isEqualTo(expected);
    }

    @Test
    void listFunctions_failWithSprigsTexts() {
        assertThat(fail("first", "abc")).isEqualTo("Cannot find first on type string");
        assertThat(fail("mustPush", 3, 1)).isEqualTo("Cannot push on type int");
        assertThat(fail("mustLast", map())).isEqualTo("Cannot find last on type map");
        assertThat(fail("concat", list(1), "x")).isEqualTo("Cannot concat type string as list");
        assertThat(fail("slice", 1)).isEqualTo("list should be type of slice or array but int");
        assertThat(fail("rest", (Object) null)).contains("nil pointer dereference");
        assertThat(fail("div", 1, 0)).isEqualTo("runtime error: integer divide by zero");
        assertThat(fail("mustFromJson", "{\"a\" 1}")).isEqualTo("invalid character '1' after object key");
        assertThat(fail("mustFromJson", "[1,")).isEqualTo("unexpected end of JSON input");
        assertThat(fail("mustFromJson", "tru")).isEqualTo("unexpected end of JSON input");
        assertThat(fail("mustFromJson", "x")).isEqualTo("invalid character 'x' looking for beginning of value");
        assertThat(fail("mustToJson", Double.POSITIVE_INFINITY)).isEqualTo("json: unsupported value: +Inf");
        assertThat(fail("dig", "a", map())).isEqualTo("dig needs at least three arguments");
    }

    @Test
    @SuppressWarnings("unchecked")
    void merge_fillsOnlyEmptyOrMissingKeysAndRecursesIntoMaps() throws Exception {
        Map<String, Object> dst = map("a", "one", "c", 3, "d", map("f", 5), "g", list(8, 9), "z", 0, "k", map("l", true));
        Map<String, Object> src = map("a", 1, "b", 2, "d", map("e", "four"), "g", list(6, 7), "z", 7, "k", map("l", false));
        Map<String, Object> out = (Map<String, Object>) call("merge", dst, src);
        assertThat(out).isSameAs(dst);
        assertThat(out).isEqualTo(map("a", "one", "c", 3, "d", map("f", 5, "e", "four"), "g", list(8, 9), "z", 7,
                "k", map("l", true), "b", 2));
    }

    @Test
    @SuppressWarnings("unchecked")
    void mergeOverwrite_letsSourcesWinAndMergesNestedMaps() throws Exception {
        Map<String, Object> dst = map("a", "one", "c", 3, "d", map("f", 5), "g", list(8, 9), "i", "eye",
                "k", map("l", true));
        Map<String, Object> src1 = map("a", 1, "b", 2, "d", map("e", "four"), "g", list(6, 7), "i", "aye", "j", "jay",
                "k", map("l", false));
        Map<String, Object> src2 = map("h", 10, "i", "i", "j", "j");
        Map<String, Object> out = (Map<String, Object>) call("mergeOverwrite", dst, src1, src2);
        assertThat(out).isEqualTo(map("a", 1, "c", 3, "d", map("f", 5, "e", "four"), "g", list(6, 7), "i", "i",
                "k", map("l", false), "b", 2, "j", "j", "h", 10));
    }

    @Test
    void deepCopy_copiesNestedCollections() throws Exception {
        Map<String, Object> original = map("a", list(map("b", 1)));
        Object copy = call("deepCopy", original);
        assertThat(copy).isEqualTo(original).isNotSameAs(original);
    }

    @Test
    void helmsMap_hasNoEnvironmentAccess() {
        assertThat(Sprig.functions()).doesNotContainKeys("env", "expandenv").containsKeys("toYaml".substring(0, 0) + "toJson",
                "semverCompare", "genCA", "htpasswd", "regexReplaceAll", "dateInZone");
    }
}
