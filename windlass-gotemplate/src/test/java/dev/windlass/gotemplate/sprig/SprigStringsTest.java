package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.sprig.SprigCalls.call;
import static dev.windlass.gotemplate.sprig.SprigCalls.fail;
import static dev.windlass.gotemplate.sprig.SprigCalls.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SprigStringsTest {

    private static Arguments c(Object expected, String name, Object... args) {
        return Arguments.of(name, Arrays.asList(args), expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("abc", "trim", "  abc \n"), c("ABC", "upper", "abc"), c("abc", "lower", "ABC"),
                c("Hello World", "title", "hello world"), c("Hello-World_x", "title", "hello-world_x"),
                c("hello world", "untitle", "Hello World"), c("ell", "substr", 1, 4, "hello"),
                c("llo", "substr", 2, -1, "hello"), c("he", "substr", -1, 2, "hello"), c("llo", "substr", 2, 99, "hello"),
                c("aaa", "repeat", 3, "a"), c("bc", "trimAll", "$", "$$bc$"), c("foo", "trimSuffix", ".txt", "foo.txt"),
                c("bar", "trimPrefix", "foo", "foobar"), c("abc", "nospace", " a b\tc "), c("HW", "initials", "Hello World"),
                c("hELLO", "swapcase", "Hello"), c("first_name", "snakecase", "FirstName"),
                c("http_server", "snakecase", "HTTPServer"), c("no_https", "snakecase", "NoHTTPS"),
                c("go_path", "snakecase", "GO_PATH"), c("go_path", "snakecase", "GO PATH"),
                c("go-path", "kebabcase", "GO_PATH"), c("first-name", "kebabcase", "FirstName"),
                c("HttpServer", "camelcase", "http_server"), c("_CamelCase", "camelcase", "_camel_case"),
                c("NoHttps", "camelcase", "no_https"), c("All", "camelcase", "all"),
                c("he...", "abbrev", 5, "hello world"), c("hello", "abbrev", 3, "hello"),
                c("...fgh...", "abbrevboth", 5, 9, "abcdefghijklmno"), c("hel", "trunc", 3, "hello"),
                c("llo", "trunc", -3, "hello"), c("hello", "trunc", 10, "hello"),
                c("hello\nworld", "wrap", 5, "hello world"), c("hel\tlo\twor\tld", "wrapWith", 3, "\t", "hello world"),
                c(true, "contains", "ell", "hello"), c(true, "hasPrefix", "he", "hello"), c(false, "hasSuffix", "he", "hello"),
                c("\"a\" \"3\"", "quote", "a", 3), c("\"a\\\"b\"", "quote", "a\"b"), c("", "quote", (Object) null),
                c("'a' '1.5'", "squote", "a", 1.5), c("a 1 [x]", "cat", "a", null, 1, list("x")),
                c("  a\n  b", "indent", 2, "a\nb"), c("\n  a", "nindent", 2, "a"), c("a-b", "replace", " ", "-", "a b"),
                c("one", "plural", "one", "many", 1), c("many", "plural", "one", "many", 2),
                c(SprigCalls.map("_0", "a", "_1", "b"), "split", "/", "a/b"), c(list("a", "b", "c"), "splitList", ",", "a,b,c"),
                c(SprigCalls.map("_0", "a", "_1", "b/c"), "splitn", "/", 2, "a/b/c"), c(list("1", "a", "2.5"), "toStrings",
                        list(1, "a", null, 2.5)), c("1-a", "join", "-", list(1, null, "a")), c("x", "join", "-", "x"),
                c(list("a", "b", "c"), "sortAlpha", list("c", "a", "b")), c(list("3"), "sortAlpha", 3));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void stringFunction_matchesSprig(String name, java.util.List<Object> args, Object expected) throws Exception {
        assertThat(call(name, args.toArray())).isEqualTo(expected);
    }

    @Test
    void substr_outOfRangeFailsLikeGoSliceBounds() {
        assertThat(fail("substr", -1, 9, "abc")).isEqualTo("runtime error: slice bounds out of range [:9] with length 3");
        assertThat(fail("repeat", -1, "a")).isEqualTo("strings: negative Repeat count");
    }

    @Test
    void randomStrings_haveTheLengthAndAlphabetAsked() throws Exception {
        assertThat((String) call("randAlphaNum", 12)).hasSize(12).matches("[A-Za-z0-9]+");
        assertThat((String) call("randAlpha", 5)).matches("[A-Za-z]{5}");
        assertThat((String) call("randNumeric", 7)).matches("[0-9]{7}");
        assertThat((String) call("randAscii", 9)).matches("[ -~]{9}");
        assertThat((String) call("shuffle", "abcdef")).hasSize(6).containsOnlyOnce("a").containsOnlyOnce("f");
    }
}
