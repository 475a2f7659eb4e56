package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Location;
import dev.windlass.rego.ast.Operator;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.builtins.Builtin;
import dev.windlass.rego.builtins.BuiltinException;
import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Calls: user functions (memoised per view), built-ins through the table, mocks, and walk/print/trace. */
final class CallEval {
    private final Evaluation ev;

    CallEval(Evaluation ev) {
        this.ev = ev;
    }

    static String operatorName(Operator op) {
        switch (op) {
            case PLUS: return "plus";
            case MINUS: return "minus";
            case MUL: return "mul";
            case DIV: return "div";
            case MOD: return "rem";
            case EQ: return "equal";
            case NEQ: return "neq";
            case LT: return "lt";
            case LTE: return "lte";
            case GT: return "gt";
            case GTE: return "gte";
            case OR: return "or";
            case AND: return "and";
            default: return op.symbol();
        }
    }

    private static String name(Term.Call c) {
        return ((Term.Var) c.function().head()).name();
    }

    boolean isOutputCall(Term.Call c) {
        int arity = ev.policy.arityOf(name(c));
        return arity >= 0 && c.args().size() == arity + 1;
    }

    void call(Term.Call c, Bindings b, K.V k) {
        String name = name(c);
        if (name.equals("print") || name.equals("internal.print")) {
            print(c, b);
            k.accept(BoolValue.TRUE);
            return;
        }
        ev.terms.items(c.args(), b, vals -> invoke(name, Arrays.asList(vals), c.location(), k));
    }

    /** {@code f(a, b, out)}: calls with all but the last argument and unifies the result with it. */
    void callWithOutput(Term.Call c, Bindings b, K k) {
        List<Term> in = c.args().subList(0, c.args().size() - 1);
        Term out = c.args().get(c.args().size() - 1);
        ev.terms.items(in, b, vals -> invoke(name(c), Arrays.asList(vals), c.location(),
                v -> ev.unifier.unifyValue(out, v, b, k)));
    }

    void invoke(String name, List<Value> args, Location where, K.V k) {
        WithState.Mock mock = ev.state.mocks.isEmpty() ? null : ev.state.mocks.get(name);
        String target = name;
        if (mock != null) {
            if (mock.value() != null) {
                k.accept(mock.value());
                return;
            }
            target = mock.function();
        }
        if (target.startsWith("data.")) {
            user(target, args, where, k);
        } else if (target.equals("walk")) {
            walk(args.get(0), new ArrayList<>(), k);
        } else if (target.equals("trace")) {
            // notes go to an explanation trace, which Windlass does not record: trace is just true
            if (args.get(0) instanceof StringValue) {
                k.accept(BoolValue.TRUE);
            } else if (ev.policy.strict) {
                throw new EvalError(where, "eval_type_error", "trace: operand 1 must be string but got "
                        + args.get(0).typeName());
            }
        } else {
            builtin(target, args, where, k);
        }
    }

    private void user(String name, List<Value> args, Location where, K.V k) {
        RuleGroup g = ev.policy.groups.get(name.substring(5));
        if (g == null) {
            return;
        }
        if (!g.isFunction()) {
            // f() on a zero-argument "function": OPA treats it as the complete rule f
            DocNode node = ev.policy.root;
            for (String part : g.path) {
                node = node == null ? null : node.child(part);
            }
            Value v = node == null ? null : ev.docs.nodeValue(node);
            if (v != null) {
                k.accept(v);
            }
            return;
        }
        List<Object> key = new ArrayList<>(args.size() + 1);
        key.add(g);
        key.addAll(args);
        WithState st = ev.state;
        Object cached = st.fnCache.get(key);
        Value result;
        if (cached != null) {
            result = cached == WithState.UNDEFINED ? null : (Value) cached;
        } else {
            ev.enter(where);
            try {
                result = new RuleEval(ev).call(g, args);
            } finally {
                ev.exit();
            }
            st.fnCache.put(key, result == null ? WithState.UNDEFINED : result);
        }
        if (result != null) {
            k.accept(result);
        }
    }

    private void builtin(String name, List<Value> args, Location where, K.V k) {
        Builtin bi = ev.policy.builtins.find(name).orElse(null);
        if (bi == null) {
            throw new EvalError(where, "eval_builtin_error", "unknown function " + name);
        }
        List<Object> key = null;
        if (!bi.deterministic()) {
            key = new ArrayList<>(args.size() + 1);
            key.add("builtin:" + name);
            key.addAll(args);
            Object cached = ev.evaluationCache().get(key);
            if (cached != null) {
                if (cached != WithState.UNDEFINED) {
                    k.accept((Value) cached);
                }
                return;
            }
        }
        Value result;
        try {
            result = bi.function().apply(ev, args);
        } catch (BuiltinException e) {
            if (e.kind() == BuiltinException.Kind.CANCEL) {
                throw new EvalError(where, e.kind().code(), e.getMessage());
            }
            if (ev.policy.strict) {
                throw new EvalError(where, e.kind().code(), e.getMessage());
            }
            result = null;
        }
        if (key != null) {
            ev.evaluationCache().put(key, result == null ? WithState.UNDEFINED : result);
        }
        if (result != null) {
            k.accept(result);
        }
    }

    /** {@code walk(x)}: every [path, value] pair, the root first, then children in order. */
    private void walk(Value v, List<Value> path, K.V k) {
        k.accept(ArrayValue.of(new ArrayValue(path), v));
        TermEval.iterate(v, (key, child) -> {
            path.add(key);
            walk(child, path, k);
            path.remove(path.size() - 1);
        });
    }

    private void print(Term.Call c, Bindings b) {
        StringBuilder line = new StringBuilder();
        for (Term arg : c.args()) {
            List<Value> vals = new ArrayList<>();
            ev.terms.eval(arg, b, vals::add);
            if (line.length() > 0) {
                line.append(' ');
            }
            if (vals.isEmpty()) {
                line.append("<undefined>");
            } else {
                Value v = vals.get(0);
                line.append(RegoText.printed(v));
            }
        }
        ev.print(line.toString());
    }
}
