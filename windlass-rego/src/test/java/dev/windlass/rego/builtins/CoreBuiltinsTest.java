package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.BuiltinTesting.err;
import static dev.windlass.rego.builtins.BuiltinTesting.expect;
import static dev.windlass.rego.builtins.BuiltinTesting.expectError;
import static dev.windlass.rego.builtins.BuiltinTesting.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven checks of the number, aggregate, array, set, object, type and bits built-ins. */
class CoreBuiltinsTest {
    private static final BuiltinException.Kind TYPE = BuiltinException.Kind.TYPE;
    private static final BuiltinException.Kind BUILTIN = BuiltinException.Kind.BUILTIN;

    static Stream<Arguments> results() {
        return Stream.of(
                ok("plus", "3", "1", "2"),
                ok("plus", "3.5", "1", "2.5"),
                ok("plus", "4", "1.5", "2.5"),
                ok("plus", "18446744073709551618", "18446744073709551617", "1"),
                ok("plus", "123456789012345678901234567891", "123456789012345678901234567890", "1"),
                ok("plus", "2147483648", "2147483647", "1"),
                ok("minus", "-1", "1", "2"),
                ok("minus", "0.5", "1", "0.5"),
                ok("mul", "4611686014132420609", "2147483647", "2147483647"),
                ok("mul", "5", "2.5", "2"),
                ok("mul", "36893488147419103234", "18446744073709551617", "2"),
                ok("div", "1.5", "3", "2"),
                ok("div", "2", "4", "2"),
                ok("div", "-2", "-6", "3"),
                ok("div", "0.25", "1", "4"),
                ok("div", "0", "0", "5"),
                ok("div", "0.33333333333333333334", "1", "3"),
                ok("div", "5000000000", "10000000000", "2"),
                ok("div", "3.25", "13", "4"),
                ok("rem", "1", "7", "3"),
                ok("rem", "-2", "-17", "5"),
                ok("rem", "2", "17", "-5"),
                ok("rem", "1", "4.0", "3"),
                ok("rem", "10", "10", "18446744073709551616"),
                ok("rem", "1", "18446744073709551617", "18446744073709551616"),
                ok("abs", "5", "-5"),
                ok("abs", "2.5", "-2.5"),
                ok("abs", "9223372036854775808", "-9223372036854775808"),
                ok("round", "3", "2.5"),
                ok("round", "-3", "-2.5"),
                ok("round", "2", "2.4"),
                ok("round", "10", "10.00"),
                ok("ceil", "2", "1.2"),
                ok("ceil", "-1", "-1.5"),
                ok("floor", "1", "1.8"),
                ok("floor", "-2", "-1.5"),
                ok("numbers.range", "[1,2,3]", "1", "3"),
                ok("numbers.range", "[3,2,1]", "3", "1"),
                ok("numbers.range", "[5]", "5", "5"),
                ok("numbers.range_step", "[0,3,6,9]", "0", "10", "3"),
                ok("numbers.range_step", "[10,8,6]", "10", "5", "2"),
                ok("count", "3", "[1,2,3]"),
                ok("count", "2", "{\"a\":1,\"b\":2}"),
                ok("count", "5", "\"héllo\""),
                ok("count", "1", "\"\uD83D\uDE00\""),
                ok("sum", "6", "[1,2,3]"),
                ok("sum", "6.5", "[1,2,3.5]"),
                ok("sum", "0", "[]"),
                ok("sum", "18446744073709551616", "[9223372036854775808, 9223372036854775808]"),
                ok("product", "24", "[1,2,3,4]"),
                ok("product", "1", "[]"),
                ok("product", "3", "[1.5, 2]"),
                ok("max", "3", "[1,3,2]"),
                ok("max", "\"b\"", "[1,\"b\",null]"),
                ok("min", "null", "[1,\"b\",null]"),
                ok("min", "1", "[3,1,2]"),
                ok("sort", "[null,false,1,\"a\",[1]]", "[[1],\"a\",1,false,null]"),
                ok("sort", "[1,2,3]", "[3,1,2]"),
                ok("all", "true", "[true,true]"),
                ok("all", "false", "[true,1]"),
                ok("all", "true", "[]"),
                ok("any", "true", "[false,true]"),
                ok("any", "false", "[]"),
                ok("internal.member_2", "true", "2", "[1,2]"),
                ok("internal.member_2", "true", "1", "{\"a\":1}"),
                ok("internal.member_2", "false", "1", "\"1\""),
                ok("internal.member_3", "true", "\"a\"", "1", "{\"a\":1}"),
                ok("internal.member_3", "true", "1", "\"y\"", "[\"x\",\"y\"]"),
                ok("array.concat", "[1,2,3]", "[1]", "[2,3]"),
                ok("array.slice", "[2,3]", "[1,2,3,4]", "1", "3"),
                ok("array.slice", "[1,2,3,4]", "[1,2,3,4]", "-10", "10"),
                ok("array.slice", "[]", "[1,2,3,4]", "3", "1"),
                ok("array.reverse", "[3,2,1]", "[1,2,3]"),
                ok("object.get", "1", "{\"a\":1}", "\"a\"", "0"),
                ok("object.get", "0", "{\"a\":1}", "\"b\"", "0"),
                ok("object.get", "2", "{\"a\":{\"b\":2}}", "[\"a\",\"b\"]", "0"),
                ok("object.get", "\"y\"", "{\"a\":[\"x\",\"y\"]}", "[\"a\",1]", "0"),
                ok("object.get", "0", "{\"a\":[\"x\"]}", "[\"a\",5]", "0"),
                ok("object.get", "{\"a\":1}", "{\"a\":1}", "[]", "0"),
                ok("object.remove", "{\"b\":2}", "{\"a\":1,\"b\":2}", "[\"a\"]"),
                ok("object.remove", "{\"b\":2}", "{\"a\":1,\"b\":2}", "{\"a\":0}"),
                ok("object.filter", "{\"a\":1}", "{\"a\":1,\"b\":2}", "[\"a\",\"z\"]"),
                ok("object.union", "{\"a\":{\"b\":1,\"c\":2},\"d\":3}", "{\"a\":{\"b\":1},\"d\":1}",
                        "{\"a\":{\"c\":2},\"d\":3}"),
                ok("object.union", "{\"a\":5}", "{\"a\":{\"b\":1}}", "{\"a\":5}"),
                ok("object.union_n", "{\"a\":{\"c\":3}}", "[{\"a\":{\"b\":2}},{\"a\":4},{\"a\":{\"c\":3}}]"),
                ok("object.union_n", "{}", "[]"),
                ok("object.subset", "true", "{\"a\":{\"b\":1,\"c\":2}}", "{\"a\":{\"b\":1}}"),
                ok("object.subset", "false", "{\"a\":1}", "{\"a\":2}"),
                ok("object.subset", "true", "[1,2,3,4]", "[2,3]"),
                ok("object.subset", "false", "[1,2,3,4]", "[3,2]"),
                ok("is_number", "true", "1"),
                ok("is_number", "false", "\"1\""),
                ok("is_string", "true", "\"\""),
                ok("is_boolean", "true", "false"),
                ok("is_array", "true", "[]"),
                ok("is_object", "true", "{}"),
                ok("is_null", "true", "null"),
                ok("is_null", "false", "0"),
                ok("type_name", "\"object\"", "{}"),
                ok("type_name", "\"null\"", "null"),
                ok("to_number", "0", "null"),
                ok("to_number", "1", "true"),
                ok("to_number", "12.5", "\"12.5\""),
                ok("to_number", "-3", "\"-3\""),
                ok("to_number", "1000", "\"1e3\""),
                ok("bits.or", "7", "3", "5"),
                ok("bits.and", "1", "3", "5"),
                ok("bits.xor", "6", "3", "5"),
                ok("bits.negate", "-6", "5"),
                ok("bits.lsh", "20", "5", "2"),
                ok("bits.rsh", "-3", "-5", "1"),
                ok("bits.lsh", "36893488147419103232", "1", "65"),
                ok("equal", "true", "1", "1.0"),
                ok("neq", "true", "1", "\"1\""),
                ok("lt", "true", "null", "false"),
                ok("lt", "true", "1", "\"a\""),
                ok("lte", "true", "[1]", "[1]"),
                ok("gt", "true", "{}", "[1,2]"),
                ok("gte", "false", "\"a\"", "\"b\""));
    }

    @ParameterizedTest(name = "{0}{2} = {1}")
    @MethodSource("results")
    void builtin_returnsOpasResult(String name, String expected, String[] args) throws BuiltinException {
        expect(name, expected, args);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                err("plus", TYPE, "plus: operand 1 must be number but got string", "\"1\"", "2"),
                err("plus", TYPE, "plus: operand 2 must be number but got null", "1", "null"),
                err("minus", TYPE, "minus: operand 1 must be one of {number, set} but got string", "\"a\"", "1"),
                err("minus", TYPE, "minus: operand 2 must be number but got array", "1", "[]"),
                err("div", BUILTIN, "div: divide by zero", "1", "0"),
                err("div", BUILTIN, "div: divide by zero", "1", "0.0"),
                err("rem", BUILTIN, "rem: modulo by zero", "1", "0"),
                err("rem", BUILTIN, "rem: modulo on floating-point number", "1.5", "1"),
                err("count", TYPE, "count: operand 1 must be one of {array, object, set, string} but got number", "1"),
                err("sum", TYPE, "sum: operand 1 must be one of {set, array} but got string", "\"a\""),
                err("sum", TYPE, "sum: operand 1 must be array of numbers but got array containing string",
                        "[1,\"a\"]"),
                err("product", TYPE, "product: operand 1 must be array of numbers but got array containing null",
                        "[null]"),
                err("max", TYPE, "max: operand 1 must be one of {set, array} but got object", "{}"),
                err("sort", TYPE, "sort: operand 1 must be one of {set, array} but got number", "1"),
                err("all", TYPE, "all: operand 1 must be one of {array, set} but got string", "\"x\""),
                err("numbers.range", TYPE, "numbers.range: operand 1 must be integer number but got floating-point number",
                        "1.5", "3"),
                err("numbers.range", TYPE, "numbers.range: operand 2 must be integer but got string", "1", "\"3\""),
                err("numbers.range_step", BUILTIN,
                        "numbers.range_step: numbers.range_step: step must be a positive integer", "1", "3", "0"),
                err("array.slice", TYPE, "array.slice: operand 2 must be integer number but got floating-point number",
                        "[1]", "0.5", "1"),
                err("array.concat", TYPE, "array.concat: operand 2 must be array but got object", "[]", "{}"),
                err("object.get", TYPE, "object.get: operand 1 must be object but got array", "[]", "\"a\"", "0"),
                err("object.remove", TYPE, "object.remove: operand 2 must be one of {object, set, array} but got string",
                        "{}", "\"a\""),
                err("object.union_n", TYPE,
                        "object.union_n: operand 1 must be array of objects but got array containing number", "[{}, 1]"),
                err("object.subset", TYPE,
                        "object.subset: both arguments object.subset must be of the same type or array and set", "{}",
                        "[]"),
                err("to_number", TYPE, "to_number: operand 1 must be valid number string but got string", "\"-Inf\""),
                err("to_number", BUILTIN, "to_number: strconv.ParseFloat: parsing \"abc\": invalid syntax", "\"abc\""),
                err("to_number", TYPE, "to_number: operand 1 must be one of {null, boolean, number, string} but got array",
                        "[]"),
                err("bits.or", TYPE, "bits.or: operand 1 must be integer but got string", "\"1\"", "2"),
                err("bits.lsh", TYPE, "bits.lsh: operand 2 must be an unsigned integer number but got a negative integer",
                        "1", "-1"),
                err("and", TYPE, "and: operand 1 must be set but got array", "[]", "[]"),
                err("union", TYPE, "union: operand 1 must be set but got array", "[]"));
    }

    @ParameterizedTest(name = "{0}{3} fails: {2}")
    @MethodSource("errors")
    void builtin_failsWithOpasMessage(String name, BuiltinException.Kind kind, String message, String[] args) {
        expectError(name, kind, message, args);
    }
}
