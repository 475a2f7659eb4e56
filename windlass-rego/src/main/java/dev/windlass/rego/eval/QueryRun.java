package dev.windlass.rego.eval;

import dev.windlass.rego.EvalRequest;
import dev.windlass.rego.QueryResult;
import dev.windlass.rego.RegoEvalException;
import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
  * Runs a query: collects solutions with their variable bindings and expression values. Runs on the
  * caller's thread; when a deep evaluation overflows that stack, it starts again on a thread with
  * a large stack, so deep recursion is bounded by the depth budget, never by the JVM stack.
  */
final class QueryRun {
    private static final long BIG_STACK = 1L << 29;

    private QueryRun() {}

    static QueryResult run(Policy policy, Body query, Map<Body, List<Literal>> schedules, EvalRequest request)
            throws RegoEvalException {
        try {
            return finish(runOnce(policy, query, schedules, request), request);
        } catch (StackOverflowError overflow) {
            return onBigStack(policy, query, schedules, request);
        }
    }

    private static QueryResult onBigStack(Policy policy, Body query, Map<Body, List<Literal>> schedules,
            EvalRequest request) throws RegoEvalException {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(runOnce(policy, query, schedules, request));
            } catch (RegoEvalException e) {
                out.set(e);
            } catch (StackOverflowError e) {
                out.set(new RegoEvalException(null, "eval_depth_error", "evaluation too deep for the stack"));
            }
        }, "windlass-rego-eval", BIG_STACK);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegoEvalException(null, "eval_cancel_error", "interrupted");
        }
        if (out.get() instanceof RegoEvalException e) {
            throw e;
        }
        return finish((Outcome) out.get(), request);
    }

    private record Outcome(QueryResult result, List<String> printed) {}

    private static QueryResult finish(Outcome o, EvalRequest request) {
        if (request.print() != null) {
            o.printed().forEach(request.print());
        }
        return o.result();
    }

    private static Outcome runOnce(Policy policy, Body query, Map<Body, List<Literal>> schedules,
            EvalRequest request) throws RegoEvalException {
        Evaluation ev = new Evaluation(policy, schedules, request);
        List<String> names = varNames(query);
        List<QueryResult.Solution> solutions = new ArrayList<>();
        Value[] captured = new Value[query.literals().size()];
        for (int i = 0; i < captured.length; i++) {
            ev.bodies.captureIndex.put(query.literals().get(i), i);
        }
        ev.bodies.captured = captured;
        ev.bodies.keepFalseValues = query.literals().size() == 1 && !iterates(query);
        Bindings b = new Bindings();
        try {
            ev.bodies.body(query, b, () -> {
                Map<String, Value> bindings = new LinkedHashMap<>();
                for (String n : names) {
                    Value v = b.get(n);
                    if (v != null) {
                        bindings.put(n, v);
                    }
                }
                Value[] exprs = captured.clone();
                for (int i = 0; i < exprs.length; i++) {
                    exprs[i] = exprs[i] == null ? dev.windlass.rego.value.BoolValue.TRUE : exprs[i];
                }
                solutions.add(new QueryResult.Solution(bindings, Arrays.asList(exprs)));
            });
        } catch (EvalError e) {
            if (request.print() != null) {
                ev.printed.forEach(request.print());
            }
            throw e.toChecked();
        }
        return new Outcome(new QueryResult(solutions), List.copyOf(ev.printed));
    }

    /** Whether the query iterates: a reference with a variable in its path. */
    private static boolean iterates(Body query) {
        boolean[] found = {false};
        TermWalk.body(query, t -> {
            if (t instanceof Term.Ref r) {
                for (Term p : r.path()) {
                    found[0] |= p instanceof Term.Var;
                }
            }
        });
        return found[0];
    }

    private static List<String> varNames(Body query) {
        Set<String> out = new LinkedHashSet<>();
        TermWalk.body(query, t -> {
            if (t instanceof Term.Var v && !TermWalk.isRoot(v.name()) && !Vars.isGenerated(v.name())
                    && !v.name().contains("$") && !v.isWildcard()) {
                out.add(v.name());
            }
        });
        return new ArrayList<>(out);
    }
}
