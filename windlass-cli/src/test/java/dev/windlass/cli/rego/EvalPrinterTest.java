package dev.windlass.cli.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.QueryResult;
import dev.windlass.rego.ast.Location;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalPrinterTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private String print(EvalFormat format, QueryResult result, List<String> texts) {
        List<Location> locations = List.of(new Location("", 1, 1), new Location("", 1, 9), new Location("", 1, 17));
        new EvalPrinter(format, new PrintWriter(out), new PrintWriter(err)).result(result, texts, locations);
        return out.toString();
    }

    private static QueryResult.Solution solution(Map<String, Value> bindings, Value... expressions) {
        return new QueryResult.Solution(bindings, List.of(expressions));
    }

    private static QueryResult one(Value value) {
        return new QueryResult(List.of(solution(Map.of(), value)));
    }

    private static QueryResult xs() {
        return new QueryResult(List.of(
                solution(Map.of("x", NumberValue.of(1)), BoolValue.TRUE),
                solution(Map.of("x", NumberValue.of(2)), BoolValue.TRUE)));
    }

    @Test
    void json_printsOpasResultDocument() {
        assertThat(print(EvalFormat.json, one(BoolValue.TRUE), List.of("data.p.allow"))).isEqualTo("""
                {
                  "result": [
                    {
                      "expressions": [
                        {
                          "value": true,
                          "text": "data.p.allow",
                          "location": {
                            "row": 1,
                            "col": 1
                          }
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void json_includesBindingsAfterExpressions() {
        String json = print(EvalFormat.json, xs(), List.of("x := [1, 2][_]"));

        assertThat(json).contains("\"bindings\": {\n        \"x\": 1\n      }");
        assertThat(json.indexOf("\"expressions\"")).isLessThan(json.indexOf("\"bindings\""));
    }

    @Test
    void json_undefinedIsAnEmptyObject() {
        assertThat(print(EvalFormat.json, new QueryResult(List.of()), List.of("data.p.nope"))).isEqualTo("{}\n");
    }

    @Test
    void pretty_singleValueIsIndentedJson() {
        assertThat(print(EvalFormat.pretty, one(StringValue.of("hi")), List.of("data.p.msg"))).isEqualTo("\"hi\"\n");
    }

    @Test
    void pretty_undefinedSaysSo() {
        assertThat(print(EvalFormat.pretty, new QueryResult(List.of()), List.of("q"))).isEqualTo("undefined\n");
    }

    @Test
    void pretty_bindingsAreATable() {
        assertThat(print(EvalFormat.pretty, xs(), List.of("x := [1, 2][_]"))).isEqualTo("""
                ┌───┐
                │ x │
                ├───┤
                │ 1 │
                │ 2 │
                └───┘
                """);
    }

    @Test
    void pretty_severalNonBooleanExpressionsWithoutBindingsAreColumns() {
        QueryResult r = new QueryResult(List.of(solution(Map.of(), NumberValue.of(1), StringValue.of("a"))));

        assertThat(print(EvalFormat.pretty, r, List.of("1", "\"a\""))).isEqualTo("""
                ┌───┬─────┐
                │ 1 │ "a" │
                ├───┼─────┤
                │ 1 │ "a" │
                └───┴─────┘
                """);
    }

    @Test
    void pretty_longCellsAreCutAtEightyCharacters() {
        String longText = "y".repeat(100);
        QueryResult r = new QueryResult(List.of(solution(Map.of("s", StringValue.of(longText)), BoolValue.TRUE)));

        assertThat(print(EvalFormat.pretty, r, List.of("s := ..."))).contains("\"" + "y".repeat(79) + "...");
    }

    @Test
    void values_printsOneArrayPerResult() {
        assertThat(print(EvalFormat.values, xs(), List.of("t"))).isEqualTo("[\n  true\n]\n[\n  true\n]\n");
    }

    @Test
    void bindings_printsOneObjectPerResult() {
        Map<String, Value> b = new LinkedHashMap<>();
        b.put("y", NumberValue.of(2));
        b.put("a", NumberValue.of(1));
        QueryResult r = new QueryResult(List.of(solution(b, BoolValue.TRUE)));

        assertThat(print(EvalFormat.bindings, r, List.of("t"))).isEqualTo("{\n  \"a\": 1,\n  \"y\": 2\n}\n");
    }

    @Test
    void raw_printsStringsBareAndOthersAsCompactJson() {
        QueryResult r = new QueryResult(List.of(
                solution(Map.of(), StringValue.of("one"), NumberValue.of(1)),
                solution(Map.of(), StringValue.of("two"), StringValue.of("x<y"))));

        assertThat(print(EvalFormat.raw, r, List.of("a", "b"))).isEqualTo("one 1\ntwo x<y\n");
    }

    @Test
    void errors_jsonGoesToStdoutAsAnErrorsDocument() {
        OpaError e = new OpaError("rego_unsafe_var_error", "var x is unsafe", new Location("p.rego", 3, 5), null);
        new EvalPrinter(EvalFormat.json, new PrintWriter(out), new PrintWriter(err)).errors(List.of(e));

        assertThat(out.toString()).isEqualTo("""
                {
                  "errors": [
                    {
                      "location": {
                        "file": "p.rego",
                        "row": 3,
                        "col": 5
                      },
                      "message": "var x is unsafe",
                      "code": "rego_unsafe_var_error"
                    }
                  ]
                }
                """);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void errors_otherFormatsPrintOpasTextOnStderr() {
        OpaError e = new OpaError("rego_parse_error", "unexpected eof token", new Location("p.rego", 2, 6), "p := ");
        new EvalPrinter(EvalFormat.pretty, new PrintWriter(out), new PrintWriter(err)).errors(List.of(e));

        assertThat(err.toString()).isEqualTo("1 error occurred: p.rego:2: rego_parse_error: unexpected eof token\n\tp := \n\t     ^\n");
        assertThat(out.toString()).isEmpty();
    }
}
