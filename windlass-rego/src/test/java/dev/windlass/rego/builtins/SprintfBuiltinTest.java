package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.BuiltinTesting.call;
import static dev.windlass.rego.builtins.BuiltinTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code sprintf} prints what Go's fmt prints for the values OPA hands it. */
class SprintfBuiltinTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("%s", "[\"hello\"]", "hello"),
                Arguments.of("User %s from %s", "[\"alice\", \"eng\"]", "User alice from eng"),
                Arguments.of("%d", "[42]", "42"),
                Arguments.of("%s", "[5]", "%!s(int=5)"),
                Arguments.of("%v", "[5]", "5"),
                Arguments.of("%v", "[1.5]", "1.5"),
                Arguments.of("%f", "[3.14]", "3.140000"),
                Arguments.of("%.2f", "[3.14159]", "3.14"),
                Arguments.of("%.2f", "[2]", "%!f(int=02)"),
                Arguments.of("%f", "[2]", "%!f(int=2)"),
                Arguments.of("%x", "[255]", "ff"),
                Arguments.of("%X", "[255]", "FF"),
                Arguments.of("%#x", "[255]", "0xff"),
                Arguments.of("%x", "[-255]", "-ff"),
                Arguments.of("%o", "[64]", "100"),
                Arguments.of("%O", "[64]", "0o100"),
                Arguments.of("%#o", "[8]", "010"),
                Arguments.of("%b", "[15]", "1111"),
                Arguments.of("%5d|", "[42]", "   42|"),
                Arguments.of("%-5d|", "[42]", "42   |"),
                Arguments.of("%05d", "[42]", "00042"),
                Arguments.of("%05d", "[-42]", "-0042"),
                Arguments.of("%+d", "[5]", "+5"),
                Arguments.of("%.3d", "[7]", "007"),
                Arguments.of("%v", "[[1, 2]]", "[1, 2]"),
                Arguments.of("%v", "[{\"a\": 1, \"b\": [\"x\"]}]", "{\"a\": 1, \"b\": [\"x\"]}"),
                Arguments.of("%s", "[[\"a\"]]", "[\"a\"]"),
                Arguments.of("%v", "[true]", "true"),
                Arguments.of("%t", "[true]", "%!t(string=true)"),
                Arguments.of("%v", "[null]", "null"),
                Arguments.of("%d", "[\"x\"]", "%!d(string=x)"),
                Arguments.of("%s %s", "[\"a\"]", "a %!s(MISSING)"),
                Arguments.of("%s", "[\"a\", \"b\"]", "a%!(EXTRA string=b)"),
                Arguments.of("%s", "[\"a\", 1, 2.5]", "a%!(EXTRA int=1, float64=2.5)"),
                Arguments.of("%d", "[1.0]", "%!d(float64=1)"),
                Arguments.of("%v", "[1000000.5]", "1.0000005e+06"),
                Arguments.of("%v", "[0.000001]", "1e-06"),
                Arguments.of("%g", "[100000.0]", "100000"),
                Arguments.of("%g", "[1000000.0]", "1e+06"),
                Arguments.of("%g", "[0.0001]", "0.0001"),
                Arguments.of("%g", "[0.00001]", "1e-05"),
                Arguments.of("%.3g", "[1234.5]", "1.23e+03"),
                Arguments.of("%.10g", "[1234.5]", "1234.5"),
                Arguments.of("%e", "[1234.5678]", "1.234568e+03"),
                Arguments.of("%.3e", "[1234.5678]", "1.235e+03"),
                Arguments.of("%E", "[0.5]", "5.000000E-01"),
                Arguments.of("%+.1e", "[12345.0]", "+1.2e+04"),
                Arguments.of("%5.1f|", "[3.14159]", "  3.1|"),
                Arguments.of("%6.2f", "[-1.5]", " -1.50"),
                Arguments.of("%08.3f", "[-3.14159]", "-003.142"),
                Arguments.of("%.0f", "[2.5]", "2"),
                Arguments.of("%.2f", "[0.125]", "0.12"),
                Arguments.of("%v", "[0.1]", "0.1"),
                Arguments.of("%q", "[\"a\\\"b\\n\"]", "\"a\\\"b\\n\""),
                Arguments.of("%#q", "[\"ab\"]", "`ab`"),
                Arguments.of("%x", "[\"hi\"]", "6869"),
                Arguments.of("% x", "[\"hi\"]", "68 69"),
                Arguments.of("%10s|", "[\"ab\"]", "        ab|"),
                Arguments.of("%-4s|", "[\"ab\"]", "ab  |"),
                Arguments.of("%.1s", "[\"abc\"]", "a"),
                Arguments.of("%*d", "[4, 7]", "   7"),
                Arguments.of("100%%", "[]", "100%"),
                Arguments.of("abc%", "[]", "abc%!(NOVERB)"),
                Arguments.of("%z", "[1]", "%!z(int=1)"),
                Arguments.of("%T %T %T", "[1, \"a\", 1.5]", "int string float64"),
                Arguments.of("%c", "[65]", "A"),
                Arguments.of("%q", "[65]", "'A'"),
                Arguments.of("%U", "[65]", "U+0041"),
                Arguments.of("%d", "[18446744073709551617]", "18446744073709551617"),
                Arguments.of("%s", "[18446744073709551617]", "18446744073709551617"),
                Arguments.of("%c", "[18446744073709551617]", "%!c(big.Int=18446744073709551617)"),
                Arguments.of("%d", "[-9223372036854775808]", "-9223372036854775808"),
                Arguments.of("%v", "[\"h\u00e9\"]", "h\u00e9"),
                Arguments.of("%q", "[\"h\u00e9\"]", "\"h\u00e9\""),
                Arguments.of("%+q", "[\"h\u00e9\"]", "\"h\\u00e9\""),
                Arguments.of("%[2]d %[1]d", "[1, 2]", "2 1"),
                Arguments.of("%d %d %[1]d", "[1, 2]", "1 2 1"),
                Arguments.of("%[1]d", "[1, 2]", "1"),
                Arguments.of("%[3]d", "[1]", "%!d(BADINDEX)"),
                Arguments.of("%[2]*[1]d|", "[7, 3]", "  7|"),
                Arguments.of("%#v", "[\"a\"]", "\"a\""),
                Arguments.of("no verbs", "[]", "no verbs"));
    }

    @ParameterizedTest(name = "sprintf({0}, {1}) = {2}")
    @MethodSource("cases")
    void sprintf_printsWhatGoPrints(String format, String args, String expected) throws BuiltinException {
        assertThat(call("sprintf", StringValue.of(format), json(args))).isEqualTo(StringValue.of(expected));
    }

    @Test
    void sprintf_printsSetsInRegoText() throws BuiltinException {
        Value sets = ArrayValue.of(SetValue.of(NumberValue.of(2), NumberValue.of(1)), SetValue.EMPTY);
        assertThat(call("sprintf", StringValue.of("%v %v"), sets)).isEqualTo(StringValue.of("{1, 2} set()"));
    }

    @Test
    void sprintf_printsDivisionResultsLikeOpa() throws BuiltinException {
        Value third = call("div", NumberValue.of(1), NumberValue.of(4));
        assertThat(call("sprintf", StringValue.of("%v"), ArrayValue.of(third))).isEqualTo(StringValue.of("0.25"));
    }

    @Test
    void sprintf_requiresAnArrayOfValues() {
        BuiltinTesting.expectError("sprintf", BuiltinException.Kind.TYPE,
                "sprintf: operand 2 must be array but got string", "\"%s\"", "\"x\"");
    }
}
