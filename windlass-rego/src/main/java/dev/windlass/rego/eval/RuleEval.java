package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Computes a rule group's document (complete, partial set, partial object) and function results. */
final class RuleEval {
    private final Evaluation ev;

    RuleEval(Evaluation ev) {
        this.ev = ev;
    }

    /** The document the group defines, or null when undefined. */
    Value group(RuleGroup g) {
        if (g.isComplete()) {
            Value result = null;
            for (CompiledRule r : g.rules) {
                result = outputs(r, new Bindings(), result, "complete rules must not produce multiple outputs");
            }
            if (result == null && g.defaultRule != null) {
                result = outputs(g.defaultRule, new Bindings(), null, "complete rules must not produce multiple outputs");
            }
            return result;
        }
        Tree tree = new Tree();
        for (CompiledRule r : g.rules) {
            contribute(r, tree);
        }
        return tree.value(g.rules.stream().allMatch(r -> r.shape() == CompiledRule.Shape.SET && r.tail().isEmpty()));
    }

    /** Evaluates a function group for argument values; null when undefined. */
    Value call(RuleGroup g, List<Value> args) {
        Value result = null;
        for (CompiledRule r : g.rules) {
            result = callRule(r, args, result);
        }
        if (result == null && g.defaultRule != null) {
            result = callRule(g.defaultRule, args, null);
        }
        return result;
    }

    private Value callRule(CompiledRule r, List<Value> args, Value sofar) {
        Bindings b = new Bindings();
        Value[] result = {sofar};
        bindArgs(r, args, 0, b, () -> result[0] = outputs(r, b, result[0],
                "functions must not produce multiple outputs for same inputs"));
        return result[0];
    }

    private void bindArgs(CompiledRule r, List<Value> args, int i, Bindings b, K k) {
        if (i == args.size()) {
            k.run();
            return;
        }
        ev.unifier.unifyValue(r.args().get(i), args.get(i), b, () -> bindArgs(r, args, i + 1, b, k));
    }

    /** The values the rule's body (or its else chain) gives, checked against an earlier one. */
    private Value outputs(CompiledRule r, Bindings b, Value sofar, String conflict) {
        Value[] result = {sofar};
        K.V take = v -> {
            if (result[0] == null) {
                result[0] = v;
            } else if (!result[0].equals(v)) {
                throw EvalError.conflict(r.location(), conflict);
            }
        };
        if (r.elses().isEmpty()) {
            if (isGround(r.value())) {
                // OPA's early exit: a constant value needs only one way through the body
                if (ev.bodies.any(r.body(), b)) {
                    ev.terms.eval(r.value(), b, take);
                }
                return result[0];
            }
            ev.bodies.body(r.body(), b, () -> ev.terms.eval(r.value(), b, take));
            return result[0];
        }
        if (firstClause(r.body(), r.value(), b, take)) {
            return result[0];
        }
        for (CompiledRule.Else e : r.elses()) {
            if (firstClause(e.body(), e.value(), b, take)) {
                break;
            }
        }
        return result[0];
    }

    static boolean isGround(Term t) {
        if (t instanceof Term.Null || t instanceof Term.Bool || t instanceof Term.Num || t instanceof Term.Str) {
            return true;
        }
        if (t instanceof Term.Array a) {
            return a.items().stream().allMatch(RuleEval::isGround);
        }
        if (t instanceof Term.SetTerm s) {
            return s.items().stream().allMatch(RuleEval::isGround);
        }
        if (t instanceof Term.Obj o) {
            return o.entries().stream().allMatch(e -> isGround(e.key()) && isGround(e.value()));
        }
        return false;
    }

    private boolean firstClause(Body body, Term value, Bindings b, K.V take) {
        if (isGround(value)) {
            if (!ev.bodies.any(body, b)) {
                return false;
            }
            ev.terms.eval(value, b, take);
            return true;
        }
        boolean[] any = {false};
        ev.bodies.body(body, b, () -> ev.terms.eval(value, b, v -> {
            any[0] = true;
            take.accept(v);
        }));
        return any[0];
    }

    private void contribute(CompiledRule r, Tree tree) {
        Bindings b = new Bindings();
        boolean ground = r.tail().stream().allMatch(RuleEval::isGround)
                && (r.shape() == CompiledRule.Shape.SET ? isGround(r.key()) : isGround(r.value()));
        if (ground) {
            // early exit: a fully constant head needs only one way through the body
            if (!ev.bodies.any(r.body(), b)) {
                return;
            }
        }
        K insert = () -> ev.terms.items(r.tail(), b, keys -> {
            if (r.shape() == CompiledRule.Shape.SET) {
                ev.terms.eval(r.key(), b, member -> tree.addMember(keys, member, r));
            } else {
                ev.terms.eval(r.value(), b, value -> tree.put(keys, value, r));
            }
        });
        if (ground) {
            insert.run();
        } else {
            ev.bodies.body(r.body(), b, insert);
        }
    }

    /** The document being built from partial rules: nested objects whose leaves are values or sets. */
    private static final class Tree {
        private final Map<Value, Object> root = new TreeMap<>();
        private final TreeSet<Value> rootSet = new TreeSet<>();

        void addMember(Value[] keys, Value member, CompiledRule r) {
            if (keys.length == 0) {
                rootSet.add(member);
                return;
            }
            Map<Value, Object> parent = parent(keys, r);
            Object leaf = parent.computeIfAbsent(keys[keys.length - 1], k -> new TreeSet<Value>());
            if (!(leaf instanceof TreeSet<?>)) {
                throw EvalError.conflict(r.location(), "object keys must be unique");
            }
            @SuppressWarnings("unchecked")
            TreeSet<Value> set = (TreeSet<Value>) leaf;
            set.add(member);
        }

        void put(Value[] keys, Value value, CompiledRule r) {
            Map<Value, Object> parent = parent(keys, r);
            Object old = parent.putIfAbsent(keys[keys.length - 1], value);
            if (old != null && !old.equals(value)) {
                throw EvalError.conflict(r.location(), "object keys must be unique");
            }
        }

        @SuppressWarnings("unchecked")
        private Map<Value, Object> parent(Value[] keys, CompiledRule r) {
            Map<Value, Object> cur = root;
            for (int i = 0; i < keys.length - 1; i++) {
                Object next = cur.computeIfAbsent(keys[i], k -> new TreeMap<Value, Object>());
                if (!(next instanceof Map<?, ?>)) {
                    throw EvalError.conflict(r.location(), "object keys must be unique");
                }
                cur = (Map<Value, Object>) next;
            }
            return cur;
        }

        Value value(boolean isSet) {
            return isSet ? SetValue.of(rootSet) : convert(root);
        }

        @SuppressWarnings("unchecked")
        private static Value convert(Object node) {
            if (node instanceof Value v) {
                return v;
            }
            if (node instanceof TreeSet<?> s) {
                return SetValue.of((TreeSet<Value>) s);
            }
            Map<Value, Value> out = new TreeMap<>();
            ((Map<Value, Object>) node).forEach((k, v) -> out.put(k, convert(v)));
            return ObjectValue.of(out);
        }
    }
}
