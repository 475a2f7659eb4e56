package dev.windlass.rego.eval;

import dev.windlass.rego.EvalRequest;
import dev.windlass.rego.QueryResult;
import dev.windlass.rego.RegoCompileException;
import dev.windlass.rego.RegoEvalException;
import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.builtins.BuiltinTable;
import dev.windlass.rego.value.ObjectValue;
import java.util.List;
import java.util.Map;

/**
  * Compiled modules ready to evaluate: the rule tree over base documents, resolved rule bodies
  * and their literal order. Immutable once built; each evaluation keeps its state elsewhere.
  */
public final class Policy {
    final List<Module> modules;
    final ObjectValue data;
    final BuiltinTable builtins;
    final boolean strict;
    final DocNode root;
    final Map<String, RuleGroup> groups;
    final Map<Body, List<Literal>> schedules;

    Policy(List<Module> modules, ObjectValue data, BuiltinTable builtins, boolean strict, DocNode root,
            Map<String, RuleGroup> groups, Map<Body, List<Literal>> schedules) {
        this.modules = List.copyOf(modules);
        this.data = data;
        this.builtins = builtins;
        this.strict = strict;
        this.root = root;
        this.groups = Map.copyOf(groups);
        this.schedules = new java.util.IdentityHashMap<>(schedules);
    }

    /** Compiles a query against these modules. */
    public Plan prepare(Body query) throws RegoCompileException {
        return Compiler.query(this, query);
    }

    int arityOf(String name) {
        RuleGroup g = name.startsWith("data.") ? groups.get(name.substring(5)) : null;
        if (g != null) {
            return g.isFunction() ? g.arity() : -1;
        }
        if (name.equals("walk") || name.equals("trace")) {
            return 1;
        }
        return builtins.find(name).map(b -> b.arity()).orElse(-1);
    }

    /** A compiled query: evaluate it with {@link #eval(EvalRequest)}. */
    public final class Plan {
        private final Body query;
        private final Body resolved;
        private final Map<Body, List<Literal>> planSchedules;

        Plan(Body query, Body resolved, Map<Body, List<Literal>> schedules) {
            this.query = query;
            this.resolved = resolved;
            this.planSchedules = schedules;
        }

        /** The query as parsed. */
        public Body query() {
            return query;
        }

        /** Evaluates the query once. */
        public QueryResult eval(EvalRequest request) throws RegoEvalException {
            return QueryRun.run(Policy.this, resolved, planSchedules, request);
        }
    }
}
