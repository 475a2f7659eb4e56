package dev.windlass.cli.rego;

import dev.windlass.rego.QueryResult;
import dev.windlass.rego.ast.Location;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prints an evaluation result or its errors in one of {@code opa eval}'s formats. */
final class EvalPrinter {
    /** OPA's {@code --pretty-limit} default: longer table cells are cut and end in {@code ...}. */
    static final int PRETTY_LIMIT = 80;

    private final EvalFormat format;
    private final PrintWriter out;
    private final PrintWriter err;

    EvalPrinter(EvalFormat format, PrintWriter out, PrintWriter err) {
        this.format = format;
        this.out = out;
        this.err = err;
    }

    /** Errors: as {@code {"errors": […]}} on stdout for {@code json}, else OPA's text on stderr. */
    void errors(List<OpaError> errors) {
        if (format == EvalFormat.json) {
            out.print(GoJson.indented(Map.of("errors", errors.stream().map(OpaError::json).toList())));
        } else {
            err.println(OpaError.occurred(errors));
        }
    }

    /**
      * The result of a query whose top-level expressions have the given texts and places.
      */
    void result(QueryResult result, List<String> texts, List<Location> locations) {
        switch (format) {
            case json -> out.print(GoJson.indented(json(result, texts, locations)));
            case values -> result.solutions().forEach(s -> out.print(GoJson.indented(s.expressions())));
            case bindings -> result.solutions().forEach(s -> out.print(GoJson.indented(sorted(s.bindings()))));
            case raw -> result.solutions().forEach(s -> out.println(raw(s.expressions())));
            case pretty -> pretty(result, texts);
            default -> throw new IllegalStateException("format " + format);
        }
        out.flush();
    }

    static Map<String, Object> json(QueryResult result, List<String> texts, List<Location> locations) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (result.isUndefined()) {
            return root;
        }
        List<Object> solutions = new ArrayList<>();
        for (QueryResult.Solution s : result.solutions()) {
            Map<String, Object> solution = new LinkedHashMap<>();
            List<Object> expressions = new ArrayList<>();
            for (int i = 0; i < s.expressions().size(); i++) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("value", s.expressions().get(i));
                e.put("text", i < texts.size() ? texts.get(i) : "");
                Location at = i < locations.size() ? locations.get(i) : null;
                Map<String, Object> loc = new LinkedHashMap<>();
                loc.put("row", at == null ? 1 : at.line());
                loc.put("col", at == null ? 1 : at.column());
                e.put("location", loc);
                expressions.add(e);
            }
            solution.put("expressions", expressions);
            if (!s.bindings().isEmpty()) {
                solution.put("bindings", sorted(s.bindings()));
            }
            solutions.add(solution);
        }
        root.put("result", solutions);
        return root;
    }

    static String raw(List<Value> values) {
        List<String> parts = new ArrayList<>();
        for (Value v : values) {
            parts.add(v instanceof StringValue s ? s.value() : GoJson.compact(v));
        }
        return String.join(" ", parts);
    }

    private void pretty(QueryResult result, List<String> texts) {
        if (result.isUndefined()) {
            out.println("undefined");
            return;
        }
        List<QueryResult.Solution> all = result.solutions();
        QueryResult.Solution first = all.get(0);
        boolean allBoolean = first.expressions().stream().allMatch(v -> v instanceof BoolValue);
        if (all.size() == 1 && first.bindings().isEmpty() && (first.expressions().size() == 1 || allBoolean)) {
            out.print(GoJson.indented(first.expressions().get(0)));
            return;
        }
        out.print(table(all, texts));
    }

    /** Columns: the variables by name, then (when there are variables) the non-boolean expressions. */
    static String table(List<QueryResult.Solution> all, List<String> texts) {
        QueryResult.Solution first = all.get(0);
        List<String> vars = new ArrayList<>(new TreeMap<>(first.bindings()).keySet());
        List<Integer> exprs = new ArrayList<>();
        for (int i = 0; i < first.expressions().size(); i++) {
            if (!(first.expressions().get(i) instanceof BoolValue) || first.bindings().isEmpty()) {
                exprs.add(i);
            }
        }
        List<String> header = new ArrayList<>(vars);
        exprs.forEach(i -> header.add(i < texts.size() ? texts.get(i) : ""));
        List<List<String>> rows = new ArrayList<>();
        for (QueryResult.Solution s : all) {
            List<String> row = new ArrayList<>();
            vars.forEach(v -> row.add(cell(s.bindings().get(v))));
            exprs.forEach(i -> row.add(cell(s.expressions().get(i))));
            rows.add(row);
        }
        return PrettyTable.render(header, rows);
    }

    private static String cell(Value value) {
        String json = GoJson.compact(value);
        return json.length() > PRETTY_LIMIT ? json.substring(0, PRETTY_LIMIT) + "..." : json;
    }

    private static Map<String, Value> sorted(Map<String, Value> bindings) {
        return new TreeMap<>(bindings);
    }
}
