package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Term;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@code data}: base documents merged with the virtual documents rules define, cached per view. */
final class DocEval {
    private final Evaluation ev;

    DocEval(Evaluation ev) {
        this.ev = ev;
    }

    /** Follows a {@code data} reference's path from element {@code i}, standing at {@code node}. */
    void data(List<Term> path, int i, DocNode node, Bindings b, K.V k) {
        WithState st = ev.state;
        if (!st.overrides.isEmpty() && st.isOverridden(node.path)) {
            Value v = st.baseAt(node.path);
            if (v != null) {
                ev.terms.walk(v, path, i, b, k);
            }
            return;
        }
        if (node.group != null || i == path.size()) {
            Value v = nodeValue(node);
            if (v != null) {
                ev.terms.walk(v, path, i, b, k);
            }
            return;
        }
        Term e = path.get(i);
        if (e instanceof Term.Str s) {
            step(path, i, node, s.value(), b, k);
        } else if ((e instanceof Term.Var v && !b.isBound(v.name())) || ev.unifier.hasUnbound(e, b)) {
            Value all = nodeValue(node);
            if (all != null) {
                ev.terms.walk(all, path, i, b, k);
            }
        } else {
            ev.terms.eval(e, b, key -> {
                if (key instanceof StringValue s) {
                    step(path, i, node, s.value(), b, k);
                } else if (key instanceof NumberValue n) {
                    baseStep(path, i, node, n.toString(), b, k);
                } else {
                    Value base = ev.state.baseAt(node.path);
                    Value child = base == null ? null : TermEval.lookup(base, key);
                    if (child != null) {
                        ev.terms.walk(child, path, i + 1, b, k);
                    }
                }
            });
        }
    }

    private void step(List<Term> path, int i, DocNode node, String key, Bindings b, K.V k) {
        DocNode child = node.child(key);
        if (child != null) {
            data(path, i + 1, child, b, k);
            return;
        }
        baseStep(path, i, node, key, b, k);
    }

    /**
      * Steps into the base documents only. A number key lands here with its text, as OPA turns a
      * {@code data} path into a storage path ({@code data.x[1]} reads {@code x/"1"}; no rule matches).
      */
    private void baseStep(List<Term> path, int i, DocNode node, String key, Bindings b, K.V k) {
        List<String> p = new ArrayList<>(node.path);
        p.add(key);
        Value v = ev.state.baseAt(p);
        if (v != null) {
            ev.terms.walk(v, path, i + 1, b, k);
        }
    }

    /** The whole document at a node, or null when undefined. */
    Value nodeValue(DocNode node) {
        WithState st = ev.state;
        Object cached = st.nodeCache.get(node);
        if (cached != null) {
            return cached == WithState.UNDEFINED ? null : (Value) cached;
        }
        Value v = computeNode(node);
        ev.state.nodeCache.put(node, v == null ? WithState.UNDEFINED : v);
        return v;
    }

    private Value computeNode(DocNode node) {
        WithState st = ev.state;
        if (!st.overrides.isEmpty() && st.isOverridden(node.path)) {
            return st.baseAt(node.path);
        }
        if (node.group != null && node.group.isFunction()) {
            return null;
        }
        Value gv = node.group == null ? null : groupValue(node.group);
        if (node.children.isEmpty()) {
            if (node.group != null) {
                return gv;
            }
            Value base = st.baseAt(node.path);
            return base == null && node.isPackage ? ObjectValue.EMPTY : base;
        }
        if (gv != null && !(gv instanceof ObjectValue)) {
            return gv;
        }
        Map<Value, Value> out = new TreeMap<>();
        if (st.baseAt(node.path) instanceof ObjectValue base) {
            out.putAll(base.entries());
        }
        if (gv instanceof ObjectValue go) {
            out.putAll(go.entries());
        }
        for (DocNode child : node.children.values()) {
            Value cv = nodeValue(child);
            if (cv != null) {
                out.put(StringValue.of(child.path.get(child.path.size() - 1)), cv);
            }
        }
        return ObjectValue.of(out);
    }

    private Value groupValue(RuleGroup g) {
        WithState st = ev.state;
        if (!st.inProgress.add(g)) {
            throw new EvalError(location(g), "rego_recursion_error", "rule " + g.name + " is recursive");
        }
        CompiledRule first = g.rules.isEmpty() ? g.defaultRule : g.rules.get(0);
        ev.enter(first.location());
        try {
            return new RuleEval(ev).group(g);
        } finally {
            ev.exit();
            st.inProgress.remove(g);
        }
    }

    static dev.windlass.rego.ast.Location location(RuleGroup g) {
        return (g.rules.isEmpty() ? g.defaultRule : g.rules.get(0)).location();
    }
}
