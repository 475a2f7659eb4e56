package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.BuiltinTesting.err;
import static dev.windlass.rego.builtins.BuiltinTesting.expect;
import static dev.windlass.rego.builtins.BuiltinTesting.expectError;
import static dev.windlass.rego.builtins.BuiltinTesting.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven checks of the string, regex and glob built-ins. */
class TextBuiltinsTest {
    private static final BuiltinException.Kind TYPE = BuiltinException.Kind.TYPE;
    private static final BuiltinException.Kind BUILTIN = BuiltinException.Kind.BUILTIN;

    static Stream<Arguments> strings() {
        return Stream.of(
                ok("concat", "\"a,b\"", "\",\"", "[\"a\",\"b\"]"),
                ok("concat", "\"\"", "\",\"", "[]"),
                ok("contains", "true", "\"abc\"", "\"b\""),
                ok("contains", "true", "\"abc\"", "\"\""),
                ok("startswith", "true", "\"abc\"", "\"ab\""),
                ok("endswith", "false", "\"abc\"", "\"ab\""),
                ok("format_int", "\"ff\"", "255", "16"),
                ok("format_int", "\"-101\"", "-5", "2"),
                ok("format_int", "\"10\"", "8", "8"),
                ok("format_int", "\"-3\"", "-3.7", "10"),
                ok("indexof", "2", "\"abcd\"", "\"cd\""),
                ok("indexof", "-1", "\"abcd\"", "\"x\""),
                ok("indexof", "1", "\"\u00e9t\u00e9\"", "\"t\""),
                ok("indexof_n", "[0,2]", "\"aXaX\"", "\"a\""),
                ok("indexof_n", "[0,1]", "\"aaa\"", "\"aa\""),
                ok("lower", "\"abc\u00e9\"", "\"AbC\u00c9\""),
                ok("upper", "\"ABC\"", "\"abc\""),
                ok("upper", "\"\u00df\"", "\"\u00df\""),
                ok("replace", "\"x-b-x\"", "\"a-b-a\"", "\"a\"", "\"x\""),
                ok("replace", "\"-a-b-\"", "\"ab\"", "\"\"", "\"-\""),
                ok("strings.replace_n", "\"1b2\"", "{\"a\":\"1\",\"c\":\"2\"}", "\"abc\""),
                ok("strings.replace_n", "\"1b\"", "{\"a\":\"1\",\"ab\":\"2\"}", "\"ab\""),
                ok("split", "[\"a\",\"b\",\"\"]", "\"a,b,\"", "\",\""),
                ok("split", "[\"abc\"]", "\"abc\"", "\",\""),
                ok("split", "[\"a\",\"b\"]", "\"ab\"", "\"\""),
                ok("split", "[\"\"]", "\"\"", "\",\""),
                ok("substring", "\"bc\"", "\"abcd\"", "1", "2"),
                ok("substring", "\"bcd\"", "\"abcd\"", "1", "-1"),
                ok("substring", "\"\"", "\"abcd\"", "10", "2"),
                ok("substring", "\"cd\"", "\"abcd\"", "2", "100"),
                ok("substring", "\"t\u00e9\"", "\"\u00e9t\u00e9s\"", "1", "2"),
                ok("trim", "\"b\"", "\"xxbxx\"", "\"x\""),
                ok("trim", "\"b\"", "\"xybyx\"", "\"yx\""),
                ok("trim_left", "\"bxx\"", "\"xxbxx\"", "\"x\""),
                ok("trim_right", "\"xxb\"", "\"xxbxx\"", "\"x\""),
                ok("trim_prefix", "\"xbxx\"", "\"xxbxx\"", "\"x\""),
                ok("trim_suffix", "\"xxbx\"", "\"xxbxx\"", "\"x\""),
                ok("trim_space", "\"a b\"", "\" \\t a b\\n\u00a0\""),
                ok("strings.reverse", "\"c\u00e9a\"", "\"a\u00e9c\""),
                ok("strings.count", "3", "\"cheese\"", "\"e\""),
                ok("strings.count", "1", "\"cheese\"", "\"ee\""),
                ok("strings.count", "4", "\"abc\"", "\"\""),
                ok("strings.any_prefix_match", "true", "[\"abc\",\"x\"]", "\"ab\""),
                ok("strings.any_prefix_match", "false", "\"abc\"", "[\"b\",\"c\"]"),
                ok("strings.any_suffix_match", "true", "\"abc\"", "[\"x\",\"bc\"]"),
                ok("strings.any_suffix_match", "false", "[]", "\"c\""),
                ok("glob.quote_meta", "\"\\\\*.github.com\"", "\"*.github.com\""),
                ok("glob.quote_meta", "\"\\\\{a\\\\,b\\\\}\"", "\"{a,b}\""));
    }

    static Stream<Arguments> patterns() {
        return Stream.of(
                ok("regex.match", "true", "\"^a.c$\"", "\"abc\""),
                ok("regex.match", "true", "\"b\"", "\"abc\""),
                ok("regex.match", "false", "\"^abc$\"", "\"abc\\n\""),
                ok("regex.match", "true", "\"(?m)^abc$\"", "\"x\\nabc\\ny\""),
                ok("regex.match", "false", "\"^a.c$\"", "\"a\\nc\""),
                ok("regex.match", "true", "\"(?s)^a.c$\"", "\"a\\nc\""),
                ok("regex.match", "true", "\"(?i)ABC\"", "\"abc\""),
                ok("regex.match", "true", "\"^[[:alpha:]]+$\"", "\"abc\""),
                ok("regex.match", "false", "\"^[[:^digit:]]+$\"", "\"ab1\""),
                ok("regex.match", "false", "\"^\\\\s$\"", "\"\\u000b\""),
                ok("regex.match", "true", "\"^\\\\pL+$\"", "\"h\u00e9\""),
                ok("regex.match", "true", "\"^\\\\p{Greek}$\"", "\"\u03b1\""),
                ok("regex.match", "true", "\"^(?P<first>a)(?<second>b)$\"", "\"ab\""),
                ok("regex.match", "true", "\"a{,2}\"", "\"a{,2}\""),
                ok("regex.match", "true", "\"^\\\\x41\\\\x{42}$\"", "\"AB\""),
                ok("regex.match", "true", "\"^\\\\Q.*\\\\E$\"", "\".*\""),
                ok("regex.match", "true", "\"^[a-c&&b]+$\"", "\"a&&\""),
                ok("re_match", "true", "\"^[a-z]+$\"", "\"abc\""),
                ok("regex.is_valid", "true", "\"^a+$\""),
                ok("regex.is_valid", "false", "\"(a\""),
                ok("regex.is_valid", "false", "\"(?=a)\""),
                ok("regex.is_valid", "false", "\"a++\""),
                ok("regex.is_valid", "false", "\"\\\\1\""),
                ok("regex.is_valid", "false", "1"),
                ok("regex.split", "[\"a\",\"b\",\"c\"]", "\",\"", "\"a,b,c\""),
                ok("regex.split", "[\"\",\"b\",\"\"]", "\"a\"", "\"aba\""),
                ok("regex.split", "[\"\"]", "\"a\"", "\"\""),
                ok("regex.split", "[\"a\",\"b\",\"c\"]", "\"\"", "\"abc\""),
                ok("regex.find_n", "[\"a1\",\"a2\"]", "\"a[0-9]\"", "\"a1 a2 a3\"", "2"),
                ok("regex.find_n", "[\"a1\",\"a2\",\"a3\"]", "\"a[0-9]\"", "\"a1 a2 a3\"", "-1"),
                ok("regex.find_n", "[]", "\"a[0-9]\"", "\"a1\"", "0"),
                ok("regex.find_n", "[\"\",\"\",\"\"]", "\"x*\"", "\"ab\"", "-1"),
                ok("regex.find_all_string_submatch_n", "[[\"a1\",\"1\"],[\"b2\",\"2\"]]", "\"[a-z]([0-9])\"",
                        "\"a1 b2\"", "-1"),
                ok("regex.find_all_string_submatch_n", "[[\"a\",\"\"]]", "\"a(x)?\"", "\"a\"", "-1"),
                ok("regex.replace", "\"b-b\"", "\"a-a\"", "\"a\"", "\"b\""),
                ok("regex.replace", "\"2-1\"", "\"1-2\"", "\"(\\\\d)-(\\\\d)\"", "\"$2-$1\""),
                ok("regex.replace", "\"[x]\"", "\"x\"", "\"(?P<v>x)\"", "\"[${v}]\""),
                ok("regex.replace", "\"\"", "\"x\"", "\"(x)\"", "\"$1y\""),
                ok("regex.replace", "\"$\"", "\"x\"", "\"x\"", "\"$$\""),
                ok("regex.replace", "\"bbb\"", "\"aaa\"", "\"^a\"", "\"b\""),
                ok("regex.template_match", "true", "\"urn:foo:{.*}\"", "\"urn:foo:bar:baz\"", "\"{\"", "\"}\""),
                ok("regex.template_match", "false", "\"urn:foo.bar.com:{.*}\"", "\"urn:foo.com:bar:baz\"", "\"{\"", "\"}\""),
                ok("regex.template_match", "true", "\"urn:foo:<[0-9]{2}>\"", "\"urn:foo:42\"", "\"<\"", "\">\""),
                ok("regex.globs_match", "true", "\"a.a.\"", "\".b.b\""),
                ok("regex.globs_match", "false", "\"[a-z]+\"", "\"[0-9]*\""),
                ok("regex.globs_match", "true", "\"[a-z]*\"", "\"[0-9]*\""),
                ok("regex.globs_match", "true", "\"a.*z\"", "\"ab+c.*\""),
                ok("regex.globs_match", "false", "\"abc\"", "\"abd\""),
                ok("glob.match", "true", "\"api://*/appId\"", "null", "\"api://foo.com/appId\""),
                ok("glob.match", "true", "\"*.github.com\"", "[]", "\"api.github.com\""),
                ok("glob.match", "false", "\"*.github.com\"", "[]", "\"api.cdn.github.com\""),
                ok("glob.match", "true", "\"*hub.com\"", "null", "\"api.cdn.github.com\""),
                ok("glob.match", "true", "\"*:github:com\"", "[\":\"]", "\"api:github:com\""),
                ok("glob.match", "true", "\"api.**.com\"", "[]", "\"api.cdn.github.com\""),
                ok("glob.match", "true", "\"?at\"", "[]", "\"cat\""),
                ok("glob.match", "false", "\"?at\"", "[]", "\"at\""),
                ok("glob.match", "true", "\"[abc]at\"", "[]", "\"bat\""),
                ok("glob.match", "false", "\"[!abc]at\"", "[]", "\"cat\""),
                ok("glob.match", "true", "\"[!a-c]at\"", "[]", "\"lat\""),
                ok("glob.match", "true", "\"{cat,bat,[fr]at}\"", "[]", "\"rat\""),
                ok("glob.match", "false", "\"{cat,bat,[fr]at}\"", "[]", "\"at\""),
                ok("glob.match", "true", "\"\\\\*x\"", "[]", "\"*x\""),
                ok("glob.match", "false", "\"a?c\"", "[\".\"]", "\"a.c\""));
    }

    @ParameterizedTest(name = "{0}{2} = {1}")
    @MethodSource({"strings", "patterns"})
    void builtin_returnsOpasResult(String name, String expected, String[] args) throws BuiltinException {
        expect(name, expected, args);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                err("concat", TYPE, "concat: operand 2 must be array of strings but got array containing number",
                        "\",\"", "[\"a\",1]"),
                err("concat", TYPE, "concat: operand 2 must be one of {set, array} but got string", "\",\"", "\"a\""),
                err("concat", TYPE, "concat: operand 1 must be string but got number", "1", "[]"),
                err("indexof", BUILTIN, "indexof: empty search character", "\"a\"", "\"\""),
                err("substring", BUILTIN, "substring: negative offset", "\"abc\"", "-1", "1"),
                err("substring", TYPE, "substring: operand 2 must be integer number but got floating-point number",
                        "\"abc\"", "1.5", "1"),
                err("format_int", TYPE, "format_int: operand 2 must be one of {2, 8, 10, 16}", "1", "3"),
                err("strings.replace_n", TYPE, "strings.replace_n: operand 1 non-string value found in pattern object",
                        "{\"a\":1}", "\"a\""),
                err("strings.any_prefix_match", TYPE,
                        "strings.any_prefix_match: operand 1 must be one of {string, set, array} but got number", "1",
                        "\"a\""),
                err("upper", TYPE, "upper: operand 1 must be string but got array", "[]"),
                err("regex.match", BUILTIN, "regex.match: error parsing regexp: missing closing ): `(a`", "\"(a\"",
                        "\"a\""),
                err("regex.match", BUILTIN, "regex.match: error parsing regexp: unexpected ): `a)`", "\"a)\"", "\"a\""),
                err("regex.match", BUILTIN, "regex.match: error parsing regexp: missing closing ]: `[a`", "\"[a\"",
                        "\"a\""),
                err("regex.match", BUILTIN,
                        "regex.match: error parsing regexp: missing argument to repetition operator: `*`", "\"*a\"",
                        "\"a\""),
                err("regex.match", BUILTIN,
                        "regex.match: error parsing regexp: invalid nested repetition operator: `**`", "\"a**\"",
                        "\"a\""),
                err("regex.match", BUILTIN,
                        "regex.match: error parsing regexp: invalid or unsupported Perl syntax: `(?=`", "\"a(?=b)\"",
                        "\"a\""),
                err("regex.match", BUILTIN, "regex.match: error parsing regexp: invalid escape sequence: `\\1`",
                        "\"(a)\\\\1\"", "\"a\""),
                err("regex.match", BUILTIN, "regex.match: error parsing regexp: invalid escape sequence: `\\e`",
                        "\"\\\\e\"", "\"a\""),
                err("regex.match", BUILTIN, "regex.match: error parsing regexp: invalid repeat count: `{1001}`",
                        "\"a{1001}\"", "\"a\""),
                err("regex.match", BUILTIN,
                        "regex.match: error parsing regexp: invalid character class range: `z-a`", "\"[z-a]\"",
                        "\"a\""),
                err("regex.match", BUILTIN,
                        "regex.match: error parsing regexp: trailing backslash at end of expression: ``", "\"a\\\\\"",
                        "\"a\""),
                err("regex.match", TYPE, "regex.match: operand 2 must be string but got number", "\"a\"", "1"),
                err("regex.template_match", BUILTIN,
                        "regex.template_match: unbalanced braces in \"urn:{.*\"", "\"urn:{.*\"", "\"x\"", "\"{\"",
                        "\"}\""),
                err("regex.template_match", BUILTIN,
                        "regex.template_match: start delimiter has to be exactly one character long but is 2 long",
                        "\"x\"", "\"x\"", "\"{{\"", "\"}\""),
                err("glob.match", TYPE, "glob.match: operand 2 must be one of {array, null} but got string", "\"a\"",
                        "\".\"", "\"a\""),
                err("glob.match", TYPE, "glob.match: operand 2 must be array of runes but got array containing string",
                        "\"a\"", "[\"ab\"]", "\"a\""));
    }

    @ParameterizedTest(name = "{0}{3} fails: {2}")
    @MethodSource("errors")
    void builtin_failsWithOpasMessage(String name, BuiltinException.Kind kind, String message, String[] args) {
        expectError(name, kind, message, args);
    }
}
