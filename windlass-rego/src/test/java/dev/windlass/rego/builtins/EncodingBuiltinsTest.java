package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.ExtBuiltinTesting.callJson;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.errorJson;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingBuiltinsTest {
    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "json.marshal|{\"b\":[1,2.5],\"a\":null}|\"{\\\"a\\\":null,\\\"b\\\":[1,2.5]}\"",
        "json.marshal|\"<a&b>\"|\"\\\"\\\\u003ca\\\\u0026b\\\\u003e\\\"\"",
        "base64.encode|\"hello\"|\"aGVsbG8=\"",
        "base64.decode|\"aGVsbG8=\"|\"hello\"",
        "base64.decode|\"aGVs\\nbG8=\"|\"hello\"",
        "base64.is_valid|\"aGVsbG8=\"|true",
        "base64.is_valid|\"aGVsbG8\"|false",
        "base64.is_valid|1|false",
        "base64url.encode|\"\\u00ff\\u00fe?\"|\"w7_Dvj8=\"",
        "base64url.encode_no_pad|\"hello\"|\"aGVsbG8\"",
        "base64url.decode|\"aGVsbG8\"|\"hello\"",
        "base64url.decode|\"w7_Dvj8=\"|\"\u00ff\u00fe?\"",
        "hex.encode|\"hi!\"|\"686921\"",
        "hex.decode|\"686921\"|\"hi!\"",
        "urlquery.encode|\"a b&c=d/~*\"|\"a+b%26c%3Dd%2F~%2A\"",
        "urlquery.decode|\"a+b%26c%3dd\"|\"a b&c=d\"",
        "urlquery.encode_object|{\"b\":[\"2\",\"1\"],\"a\":\"x y\"}|\"a=x+y&b=2&b=1\"",
        "urlquery.decode_object|\"a=1&b=2&a=3&c\"|{\"a\":[\"1\",\"3\"],\"b\":[\"2\"],\"c\":[\"\"]}",
        "json.unmarshal|\"{\\\"a\\\":[1,true,null]}\"|{\"a\":[1,true,null]}",
        "json.is_valid|\"{\\\"a\\\":1}\"|true",
        "json.is_valid|\"{a:1}\"|false",
        "json.is_valid|5|false",
        "json.is_valid|\"1 null\"|false",
        "json.is_valid|\" [1, {\\\"a\\\": null}] \"|true",
        "yaml.unmarshal|\"a: 1\\nb: [x, 2.5]\\nc: null\\n\"|{\"a\":1,\"b\":[\"x\",2.5],\"c\":null}",
        "yaml.is_valid|\"a: [\"|false",
        "yaml.unmarshal|\"a: yes\\nb: off\\nc: 0x10\\nd: 012\\ne: 2001-12-14\\nf: ~\\n\"|{\"a\":true,\"b\":false,\"c\":16,\"d\":10,\"e\":\"2001-12-14\",\"f\":null}",
        "yaml.unmarshal|\"base: &b {x: 1, y: 2}\\nref: *b\\nmerged: {<<: *b, y: 3}\\n\"|{\"base\":{\"x\":1,\"y\":2},\"merged\":{\"x\":1,\"y\":3},\"ref\":{\"x\":1,\"y\":2}}",
        "yaml.unmarshal|\"1: one\\ntrue: t\\n\"|{\"1\":\"one\",\"true\":\"t\"}",
        "yaml.unmarshal|\"a: 1\\n---\\nb: 2\\n\"|{\"a\":1}",
        "yaml.unmarshal|\"\"|null",
        "yaml.is_valid|\"a: b\"|true",
    })
    void encodingFunctions_returnOpaResults(String name, String arg, String expected) throws Exception {
        assertThat(callJson(name, arg)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}({1}) fails with {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "base64.decode|\"aGVsbG8\"|base64.decode: illegal base64 data at input byte 4",
        "base64.decode|\"a!==\"|base64.decode: illegal base64 data at input byte 1",
        "base64.decode|\"aGVsbG8=x\"|base64.decode: illegal base64 data at input byte 8",
        "base64url.decode|\"abcde\"|base64url.decode: illegal base64url string: abcde",
        "hex.decode|\"6g\"|hex.decode: encoding/hex: invalid byte: U+0067 'g'",
        "hex.decode|\"686\"|hex.decode: encoding/hex: odd length hex string",
        "urlquery.decode|\"a%zzb\"|urlquery.decode: invalid URL escape \"%zz\"",
        "urlquery.decode|\"a%2\"|urlquery.decode: invalid URL escape \"%2\"",
        "urlquery.decode_object|\"a=1;b=2\"|urlquery.decode_object: invalid semicolon separator in query",
        "urlquery.encode_object|{\"a\":1}|urlquery.encode_object: operand 1 values must be string, array[string], or set[string]",
        "base64.encode|1|base64.encode: operand 1 must be string but got number",
    })
    void encodingFunctions_failWithOpaMessages(String name, String arg, String message) {
        assertThat(errorJson(name, arg)).hasMessage(message);
    }

    @Test
    void marshalWithOptions_prettyPrintsWithPrefixAndIndent() throws Exception {
        assertThat(callJson("json.marshal_with_options", "{\"a\":[1,{}],\"b\":{}}", "{\"indent\":\"  \",\"prefix\":\"> \"}"))
                .isEqualTo("\"> {\\n>   \\\"a\\\": [\\n>     1,\\n>     {}\\n>   ],\\n>   \\\"b\\\": {}\\n> }\"");
    }

    @Test
    void marshalWithOptions_defaultsToTabIndentWhenPrettyIsTrue() throws Exception {
        assertThat(callJson("json.marshal_with_options", "[1]", "{\"pretty\":true}")).isEqualTo("\"[\\n\\t1\\n]\"");
    }

    @Test
    void marshalWithOptions_prettyFalseWinsOverIndent() throws Exception {
        assertThat(callJson("json.marshal_with_options", "[1]", "{\"pretty\":false,\"indent\":\" \"}")).isEqualTo("\"[1]\"");
    }

    @Test
    void marshalWithOptions_namesTheKeyIndexOfABadValue() {
        assertThat(errorJson("json.marshal_with_options", "[1]", "{\"indent\":\" \",\"prefix\":1}"))
                .hasMessage("json.marshal_with_options: operand 2 key prefix failed cast to string: operand 1 must be string but got number");
    }

    @Test
    void marshalWithOptions_rejectsUnknownKeys() {
        assertThat(errorJson("json.marshal_with_options", "[1]", "{\"colour\":1}"))
                .hasMessage("json.marshal_with_options: operand 2 object contained unknown key colour")
                .extracting(BuiltinException::kind).isEqualTo(BuiltinException.Kind.TYPE);
    }

    @Test
    void yamlMarshal_writesGoYamlBlockStyleAndQuotesYamlOneOneBooleans() throws Exception {
        String json = "{\"b\":{\"list\":[1,\"two\",{\"x\":true,\"y\":null}],\"empty\":[]},\"a\":\"true\","
                + "\"c\":\"\",\"d\":\"a: b\",\"e\":\"multi\\nline\",\"f\":1.5,\"g\":[[1,2]]}";
        String yaml = (String) dev.windlass.rego.value.Values.toJava(
                ExtBuiltinTesting.call("yaml.marshal", ExtBuiltinTesting.json(json)));
        assertThat(yaml).isEqualTo("a: \"true\"\nb:\n  empty: []\n  list:\n  - 1\n  - two\n  - x: true\n    \"y\": null\n"
                + "c: \"\"\nd: 'a: b'\ne: |-\n  multi\n  line\nf: 1.5\ng:\n- - 1\n  - 2\n");
    }

    @Test
    void yamlMarshal_ordersKeysNaturallyLikeGoYaml() throws Exception {
        assertThat(callJson("yaml.marshal", "{\"a10\":1,\"a2\":2,\"B\":3,\"_x\":4}"))
                .isEqualTo("\"_x: 4\\nB: 3\\na2: 2\\na10: 1\\n\"");
    }

    @Test
    void yamlMarshal_foldsLongStringsPastEightyColumns() throws Exception {
        String words = String.join(" ", java.util.Collections.nCopies(30, "word"));
        String first = String.join(" ", java.util.Collections.nCopies(16, "word"));
        String rest = String.join(" ", java.util.Collections.nCopies(14, "word"));
        assertThat(yaml("{\"a\":\"" + words + "\"}")).isEqualTo("a: " + first + "\n  " + rest + "\n");
        assertThat(yaml("[\"" + words + ":\"]")).isEqualTo("- '" + first + "\n  " + rest + ":'\n");
    }

    @Test
    void yamlMarshal_writesTopLevelScalarsAndLiterals() throws Exception {
        assertThat(yaml("\"a\\nb\"")).isEqualTo("|-\n  a\n  b\n");
        assertThat(yaml("\"plain\"")).isEqualTo("plain\n");
        assertThat(yaml("null")).isEqualTo("null\n");
        assertThat(yaml("{}")).isEqualTo("{}\n");
        assertThat(yaml("\"line\\n\"")).isEqualTo("|\n  line\n");
        assertThat(yaml("\"a\\n b\"")).isEqualTo("|-\n  a\n   b\n");
        assertThat(yaml("\"a \\nb\"")).isEqualTo("\"a \\nb\"\n");
        assertThat(yaml("[18446744073709551615, 18446744073709551616, -9223372036854775809, 1e-7, 1000000.5, 0.0001]"))
                .isEqualTo("- 18446744073709551615\n- 1.8446744073709552e+19\n- -9.223372036854776e+18\n- 1e-07\n"
                        + "- 1.0000005e+06\n- 0.0001\n");
    }

    private static String yaml(String json) throws Exception {
        return ((dev.windlass.rego.value.StringValue) ExtBuiltinTesting.call("yaml.marshal", ExtBuiltinTesting.json(json))).value();
    }

    @Test
    void yamlUnmarshal_reportsMalformedYaml() {
        assertThat(errorJson("yaml.unmarshal", "\"a: [\"").getMessage())
                .startsWith("yaml.unmarshal: error converting YAML to JSON: yaml: ");
    }

    @ParameterizedTest(name = "json.unmarshal({0}) fails: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``|EOF",
        "`  `|EOF",
        "{|unexpected EOF",
        "{\"a\":tru|unexpected EOF",
        "x|invalid character 'x' looking for beginning of value",
        "{a:1}|invalid character 'a' looking for beginning of object key string",
        "{\"a\" 1}|invalid character '1' after object key",
        "{\"a\":1 \"b\"}|invalid character '\"' after object key:value pair",
        "[1 2]|invalid character '2' after array element",
        "[01]|invalid character '1' after array element",
        "1.|unexpected EOF",
        "1.x|invalid character 'x' after decimal point in numeric literal",
        "1ex|invalid character 'x' in exponent of numeric literal",
        "-x|invalid character 'x' in numeric literal",
        "trux|invalid character 'x' in literal true (expecting 'e')",
        "nul|unexpected EOF",
        "\"a\\qb\"|invalid character 'q' in string escape code",
        "\"\\u12x4\"|invalid character 'x' in \\u hexadecimal character escape",
        "1x|invalid character 'x' after top-level value",
        "{} x|invalid character 'x' looking for beginning of value",
        "1 2|error: invalid character '2' after top-level value",
        "{} {}|error: invalid character '{' after top-level value",
        "1 ]|invalid character ']' looking for beginning of value",
        "\"a\" \"b\"|error: invalid character 'b' after top-level value",
        "true false|error: invalid character '%!s(bool=false)' after top-level value",
        "\u00e9|invalid character '\u00c3' looking for beginning of value",
        "\"\t\"|invalid character '\\t' in string literal",
        "'|invalid character '\\'' looking for beginning of value",
    })
    void jsonUnmarshal_failsWithGoDecoderMessages(String text, String message) throws Exception {
        assertThat(ExtBuiltinTesting.error("json.unmarshal", ExtBuiltinTesting.str(text))).hasMessage("json.unmarshal: " + message);
    }
}
