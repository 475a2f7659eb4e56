package dev.windlass.rego.eval;

import dev.windlass.rego.EvalRequest;
import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.builtins.BuiltinContext;
import dev.windlass.rego.builtins.BuiltinException;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mutable state of one evaluation: documents in view, caches, budgets and the evaluator parts. */
final class Evaluation implements BuiltinContext {
    /** Early exit from a search once one solution is enough (negation, every, else). */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    static final Stop STOP = new Stop();
    private static final int CLOCK_EVERY = 256;

    final Policy policy;
    final Map<Body, List<Literal>> schedules;
    final BodyEval bodies = new BodyEval(this);
    final TermEval terms = new TermEval(this);
    final Unifier unifier = new Unifier(this);
    final DocEval docs = new DocEval(this);
    final CallEval calls = new CallEval(this);
    final List<String> printed = new ArrayList<>();
    private final Map<Object, Object> cache = new HashMap<>();
    private final long deadline;
    private final int maxDepth;
    private final Instant now;
    private int steps;
    private int depth;
    WithState state;

    Evaluation(Policy policy, Map<Body, List<Literal>> schedules, EvalRequest request) {
        this.policy = policy;
        this.schedules = schedules;
        this.deadline = System.nanoTime() + request.timeout().toNanos();
        this.maxDepth = request.maxDepth();
        this.now = request.now() != null ? request.now() : Instant.now();
        ObjectValue base = request.data() == null ? policy.data : merge(policy.data, request.data());
        this.state = new WithState(request.input(), base, List.of(), Map.of());
    }

    static ObjectValue merge(ObjectValue a, ObjectValue b) {
        ObjectValue out = a;
        for (Map.Entry<Value, Value> e : b.entries().entrySet()) {
            Value old = out.get(e.getKey());
            Value v = old instanceof ObjectValue oa && e.getValue() instanceof ObjectValue ob ? merge(oa, ob) : e.getValue();
            out = out.with(e.getKey(), v);
        }
        return out;
    }

    List<Literal> order(Body body) {
        List<Literal> order = schedules.get(body);
        return order != null ? order : body.literals();
    }

    /** Counts one step and checks the clock now and then. */
    void step() {
        if (++steps % CLOCK_EVERY == 0 && System.nanoTime() > deadline) {
            throw new EvalError(null, "eval_cancel_error", "timed out");
        }
    }

    void enter(dev.windlass.rego.ast.Location where) {
        if (++depth > maxDepth) {
            throw new EvalError(where, "eval_depth_error", "evaluation exceeded the depth bound of " + maxDepth
                    + " nested rule, function and comprehension evaluations");
        }
    }

    void exit() {
        depth--;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public void checkBudget() throws BuiltinException {
        if (System.nanoTime() > deadline) {
            throw new BuiltinException(BuiltinException.Kind.CANCEL, "timed out");
        }
    }

    @Override
    public void print(String line) {
        printed.add(line);
    }

    @Override
    public Map<Object, Object> evaluationCache() {
        return cache;
    }
}
