package dev.windlass.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class GoFmtTest {

    private static Arguments c(String format, Object arg, String expected) {
        return Arguments.of(format, arg, expected);
    }

    static Stream<Arguments> singleOperand() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 2);
        map.put("a", "x");
        map.put("c", null);
        List<Object> list = Arrays.asList(1, "a", null, 2.5, true);
        return Stream.of(
                // strings
                c("%s", "abc", "abc"), c("%v", "abc", "abc"), c("%q", "abc", "\"abc\""),
                c("%#q", "abc", "`abc`"), c("%#q", "`", "\"`\""), c("%q", "\n", "\"\\n\""),
                c("%x", "xyz", "78797a"), c("%X", "xyz", "78797A"), c("% x", "xyz", "78 79 7a"),
                c("%#x", "xyz", "0x78797a"), c("%# X", "xyz", "0X78 0X79 0X7A"), c("%x", "", ""),
                c("%q", "日本語", "\"日本語\""), c("%+q", "日本語", "\"\\u65e5\\u672c\\u8a9e\""),
                c("%q", "\u0007\b\f\n\r\t\u000b\"\\", "\"\\a\\b\\f\\n\\r\\t\\v\\\"\\\\\""),
                c("%+q", "☺", "\"\\u263a\""), c("% q", "☺", "\"☺\""), c("%10q", "⌘", "       \"⌘\""),
                c("%-10q", "⌘", "\"⌘\"       "), c("%010q", "⌘", "0000000\"⌘\""),
                c("%-010q", "⌘", "\"⌘\"       "), c("%q", "\u0001", "\"\\x01\""), c("%q", "\u00ad", "\"\\u00ad\""),
                c("%5s", "abc", "  abc"), c("%-5s", "abc", "abc  "), c("%05s", "abc", "00abc"),
                c("%2s", "☺", " ☺"), c("%.5s", "abcdefgh", "abcde"), c("%.0s", "日本語", ""),
                c("%.2s", "日本語", "日本"), c("%.1x", "日本語", "e6"), c("%10.1q", "日本語", "       \"日\""),
                c("%#v", "a\"b", "\"a\\\"b\""), c("%d", "hi", "%!d(string=hi)"), c("%t", "x", "%!t(string=x)"),
                // nil
                c("%v", null, "<nil>"), c("%10v", null, "     <nil>"), c("%-10v", null, "<nil>     "),
                c("%s", null, "%!s(<nil>)"), c("%d", null, "%!d(<nil>)"), c("%T", null, "<nil>"),
                // booleans
                c("%t", true, "true"), c("%v", false, "false"), c("%6t", true, "  true"),
                c("%d", true, "%!d(bool=true)"), c("%s", false, "%!s(bool=false)"),
                // integers
                c("%d", 12345, "12345"), c("%d", -12345, "-12345"), c("%v", 42L, "42"),
                c("%d", Long.MIN_VALUE, "-9223372036854775808"), c("%.d", 0, ""), c("%6.0d", 0, "      "),
                c("%06.0d", 0, "      "), c("% d", 12345, " 12345"), c("%+d", 12345, "+12345"),
                c("%+d", -12345, "-12345"), c("%b", 7, "111"), c("%b", -6, "-110"), c("%#b", 7, "0b111"),
                c("%o", 668, "1234"), c("%#o", 668, "01234"), c("%O", 668, "0o1234"), c("%O", -668, "-0o1234"),
                c("%#X", 0, "0X0"), c("%x", 0x12abcdef, "12abcdef"), c("%X", 0x12abcdef, "12ABCDEF"),
                c("%x", -255, "-ff"), c("%#x", 255, "0xff"), c("%.20b", 7, "00000000000000000111"),
                c("%10d", 12345, "     12345"), c("%10d", -12345, "    -12345"), c("%+10d", 12345, "    +12345"),
                c("%010d", 12345, "0000012345"), c("%010d", -12345, "-000012345"),
                c("%20.8d", 1234, "            00001234"), c("%020.8d", -1234, "           -00001234"),
                c("%-20.8d", 1234, "00001234            "), c("%-#20.8x", 0x1234abc, "0x01234abc          "),
                c("%-05d", 42, "42   "), c("%c", 0x65e5, "日"), c("%c", 0xe4, "ä"), c("%3c", 0x2318, "  ⌘"),
                c("%c", -1, "\ufffd"), c("%q", 0x263a, "'☺'"), c("%+q", 0x263a, "'\\u263a'"),
                c("%q", 10, "'\\n'"), c("%q", 39, "'\\''"), c("%q", -1, "%!q(int=-1)"),
                c("%U", 0, "U+0000"), c("%U", 0x263a, "U+263A"), c("%#U", 0x263a, "U+263A '☺'"),
                c("%#U", 10, "U+000A"), c("%#14.6U", 0x2318, "  U+002318 '⌘'"), c("%U", -1, "U+FFFFFFFFFFFFFFFF"),
                c("%s", 5, "%!s(int=5)"), c("%f", 5, "%!f(int=5)"), c("%t", 7L, "%!t(int64=7)"),
                c("%#v", 5, "5"), c("%e", 1, "%!e(int=1)"),
                // floats
                c("%v", 1000000.0, "1e+06"), c("%v", 3.0, "3"), c("%v", 0.1, "0.1"), c("%v", 1e-05, "1e-05"),
                c("%v", 100000.0, "100000"), c("%v", 123456789.0, "1.23456789e+08"), c("%v", 0.0001, "0.0001"),
                c("%v", 1.5, "1.5"), c("%v", -0.0, "-0"), c("%v", 0.0, "0"), c("%v", 1e21, "1e+21"),
                c("%v", 5e-324, "5e-324"), c("%v", Double.MAX_VALUE, "1.7976931348623157e+308"),
                c("%v", 2e23, "2e+23"), c("%v", 0.3, "0.3"), c("%v", 0.1 + 0.2, "0.30000000000000004"),
                c("%v", 1.0 / 3, "0.3333333333333333"), c("%v", 123456.0, "123456"),
                c("%v", Double.POSITIVE_INFINITY, "+Inf"), c("%v", Double.NaN, "NaN"),
                c("%e", 1.0, "1.000000e+00"), c("%e", 1234.5678e3, "1.234568e+06"), c("%e", -1e-9, "-1.000000e-09"),
                c("%E", 1234.5678e-8, "1.234568E-05"), c("%f", 1234.5678e3, "1234567.800000"),
                c("%f", 1234.5678e-8, "0.000012"), c("%f", -1e-9, "-0.000000"), c("%F", -7.0, "-7.000000"),
                c("%g", 1234.5678e3, "1.2345678e+06"), c("%g", -1e-9, "-1e-09"), c("%G", 1234.5678e-8, "1.2345678E-05"),
                c("%.2f", 2.675, "2.67"), c("%.1f", 0.25, "0.2"), c("%.0f", 2.5, "2"), c("%.0f", 3.5, "4"),
                c("%.3g", 100000.0, "1e+05"), c("%.3g", 1234.5, "1.23e+03"), c("%.3g", 12.345, "12.3"),
                c("%+.3e", 0.0, "+0.000e+00"), c("%+.3f", -1.0, "-1.000"), c("%+07.2f", 1.0, "+001.00"),
                c("%+07.2f", -1.0, "-001.00"), c("%-07.2f", 1.0, "1.00   "), c("%+10.2f", 1.0, "     +1.00"),
                c("% .3e", 1.0, " 1.000e+00"), c("%+.3g", 1.0, "+1"), c("% .3g", -1.0, "-1"),
                c("%b", 1.0, "4503599627370496p-52"), c("%x", 1.0, "0x1p+00"), c("%x", 3.0, "0x1.8p+01"),
                c("%+.3x", 1.0, "+0x1.000p+00"), c("%#.4x", 123.0, "0x1.ec00p+06"),
                c("%#g", 1.1, "1.10000"), c("%#g", 123456.0, "123456."), c("%#g", 1000000.0, "1.00000e+06"),
                c("%#.0f", 1.0, "1."), c("%#.0e", 1.0, "1.e+00"), c("%#.4g", 0.0, "0.000"), c("%#.4g", 0.012, "0.01200"),
                c("%#.4g", 123000.0, "1.230e+05"), c("%#9.4g", 1.0, "    1.000"),
                c("%f", Double.POSITIVE_INFINITY, "+Inf"), c("% f", Double.NaN, " NaN"),
                c("%20f", Double.POSITIVE_INFINITY, "                +Inf"), c("%+020e", Double.POSITIVE_INFINITY,
                        "                +Inf"), c("%-020E", Double.NaN, "NaN                 "),
                c("%d", 1.5, "%!d(float64=1.5)"), c("%s", 2.0, "%!s(float64=2)"),
                // composites
                c("%v", map, "map[a:x b:2 c:<nil>]"), c("%d", Map.of("a", 1), "map[%!d(string=a):1]"),
                c("%#v", map, "map[string]interface {}{\"a\":\"x\", \"b\":2, \"c\":interface {}(nil)}"),
                c("%v", list, "[1 a <nil> 2.5 true]"), c("%s", List.of("a", "b"), "[a b]"),
                c("%q", List.of("a", "b"), "[\"a\" \"b\"]"), c("%d", List.of(1, 2), "[1 2]"),
                c("%s", List.of(1), "[%!s(int=1)]"), c("%#v", List.of(1, "a"), "[]interface {}{1, \"a\"}"),
                c("%v", List.of(), "[]"), c("%v", Map.of(), "map[]"), c("%v", List.of(List.of(1, 2), Map.of("k", "v")),
                        "[[1 2] map[k:v]]"),
                c("%v", new byte[] {1, 2}, "[1 2]"), c("%s", "hi".getBytes(), "hi"), c("%x", "hi".getBytes(), "6869"),
                c("%q", "hi".getBytes(), "\"hi\""), c("%#v", new byte[] {1, 2}, "[]byte{0x1, 0x2}"),
                c("%5s", "abc".getBytes(), "  abc"), c("%t", new byte[] {1}, "[%!t(uint8=1)]"),
                // %T
                c("%T", "s", "string"), c("%T", 1, "int"), c("%T", 1L, "int64"), c("%T", 1.0, "float64"),
                c("%T", true, "bool"), c("%T", map, "map[string]interface {}"), c("%T", list, "[]interface {}"),
                c("%T", new byte[0], "[]uint8"), c("%10T", 1, "       int"), c("%5%", 1, "%%!(EXTRA int=1)"));
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("singleOperand")
    void sprintf_formatsOneOperandLikeGo(String format, Object arg, String expected) {
        assertThat(GoFmt.sprintf(format, arg)).isEqualTo(expected);
    }

    static Stream<Arguments> wholeFormats() {
        return Stream.of(
                Arguments.of("%d %s", new Object[] {1, "a"}, "1 a"),
                Arguments.of("%%", new Object[] {}, "%"),
                Arguments.of("%d", new Object[] {}, "%!d(MISSING)"),
                Arguments.of("%s %s", new Object[] {"a"}, "a %!s(MISSING)"),
                Arguments.of("hi", new Object[] {"x", 3}, "hi%!(EXTRA string=x, int=3)"),
                Arguments.of("%d", new Object[] {1, null}, "1%!(EXTRA <nil>)"),
                Arguments.of("%", new Object[] {}, "%!(NOVERB)"),
                Arguments.of("%-", new Object[] {1}, "%!(NOVERB)%!(EXTRA int=1)"),
                Arguments.of("%*d", new Object[] {5, 42}, "   42"),
                Arguments.of("%-*d|", new Object[] {5, 42}, "42   |"),
                Arguments.of("%*d|", new Object[] {-5, 42}, "42   |"),
                Arguments.of("%.*f", new Object[] {2, 3.14159}, "3.14"),
                Arguments.of("%*d", new Object[] {"x", 42}, "%!(BADWIDTH)42"),
                Arguments.of("%.*d", new Object[] {"x", 42}, "%!(BADPREC)42"),
                Arguments.of("%*d", new Object[] {10_000_000, 42}, "%!(BADWIDTH)42"),
                Arguments.of("%[2]d %[1]d", new Object[] {1, 2}, "2 1"),
                Arguments.of("%[3]d", new Object[] {1, 2}, "%!d(BADINDEX)"),
                Arguments.of("%[1]d %d", new Object[] {1, 2}, "1 2"),
                Arguments.of("%[2]*[1]d", new Object[] {12, 5}, "   12"),
                Arguments.of("%[0]d", new Object[] {1}, "%!d(BADINDEX)"),
                Arguments.of("%[x]d", new Object[] {1}, "%!d(BADINDEX)"),
                Arguments.of("%[3]2d", new Object[] {1, 2, 3}, "%!d(BADINDEX)"),
                Arguments.of("%.[2]d", new Object[] {7}, "%!d(BADINDEX)"),
                Arguments.of("%.[2]d", new Object[] {7, 8}, "8"),
                Arguments.of("%d %d %#[1]x %#x", new Object[] {16, 17}, "16 17 0x10 0x11"),
                Arguments.of("%[1]d", new Object[] {1, 2}, "1"),
                Arguments.of("%!", new Object[] {}, "%!!(MISSING)"),
                Arguments.of("%z", new Object[] {1}, "%!z(int=1)"),
                Arguments.of("%5.2%", new Object[] {}, "%"),
                Arguments.of("%v%v", new Object[] {"a", 1}, "a1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeFormats")
    void sprintf_handlesArgumentsAndErrorsLikeGo(String format, Object[] args, String expected) {
        assertThat(GoFmt.sprintf(format, args)).isEqualTo(expected);
    }

    @Test
    void sprint_addsSpacesOnlyBetweenTwoNonStrings() {
        assertThat(GoFmt.sprint("a", 1, 2, "b", "c", 3.0, null)).isEqualTo("a1 2bc3 <nil>");
        assertThat(GoFmt.sprint(1, 2)).isEqualTo("1 2");
        assertThat(GoFmt.sprint("a", "b")).isEqualTo("ab");
        assertThat(GoFmt.sprint()).isEmpty();
        assertThat(GoFmt.sprint(new ArrayList<>(List.of("x")), "y")).isEqualTo("[x]y");
    }

    @Test
    void sprintln_alwaysSpacesAndEndsWithNewline() {
        assertThat(GoFmt.sprintln("a", "b", 1)).isEqualTo("a b 1\n");
        assertThat(GoFmt.sprintln()).isEqualTo("\n");
    }

    @Test
    void goObject_printsThroughToString() {
        GoObject plain = new GoObject() {
            @Override
            public String goTypeName() {
                return "*chart.Thing";
            }

            @Override
            public GoMember member(String name) {
                return null;
            }
        };
        GoObject named = new GoObject() {
            @Override
            public String goTypeName() {
                return "*semver.Version";
            }

            @Override
            public GoMember member(String name) {
                return null;
            }

            @Override
            public String toString() {
                return "1.2.3";
            }
        };
        assertThat(GoFmt.sprint(named)).isEqualTo("1.2.3");
        assertThat(GoFmt.sprintf("%q|%T", named, named)).isEqualTo("\"1.2.3\"|*semver.Version");
        assertThat(GoFmt.sprint(plain)).isEqualTo("{...}");
    }

    @Test
    void formatFloat_matchesStrconv() {
        assertThat(GoFmt.formatFloat(1e21, 'f', -1)).isEqualTo("1000000000000000000000");
        assertThat(GoFmt.formatFloat(0.000001, 'e', -1)).isEqualTo("1e-06");
        assertThat(GoFmt.formatFloat(123.456, 'f', 1)).isEqualTo("123.5");
        assertThat(GoFmt.formatFloat(9.995, 'f', 2)).isEqualTo("9.99");
        assertThat(GoFmt.formatFloat(1.0, 'g', 0)).isEqualTo("1");
        assertThat(GoFmt.quote("a\tb")).isEqualTo("\"a\\tb\"");
    }
}
