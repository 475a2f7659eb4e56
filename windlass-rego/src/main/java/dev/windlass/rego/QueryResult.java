package dev.windlass.rego;

import dev.windlass.rego.value.Value;
import java.util.List;
import java.util.Map;

/**
  * The answers to a query: one {@link Solution} per way the query can be satisfied, in the order
  * OPA produces them. Empty means the query is undefined.
  */
public record QueryResult(List<Solution> solutions) {
    public QueryResult {
        solutions = List.copyOf(solutions);
    }

    /** Whether the query had no answer. */
    public boolean isUndefined() {
        return solutions.isEmpty();
    }

    /**
      * One answer.
      *
      * @param bindings the query's named variables (not {@code _} or generated ones), by name, in
      *     the order they first appear in the query
      * @param expressions the value of each top-level expression of the query, in order (for an
      *     expression such as {@code x := 1} the value is {@code true}, as {@code opa eval} reports)
      */
    public record Solution(Map<String, Value> bindings, List<Value> expressions) {
        public Solution {
            bindings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bindings));
            expressions = List.copyOf(expressions);
        }
    }
}
