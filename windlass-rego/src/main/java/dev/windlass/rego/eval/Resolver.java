package dev.windlass.rego.eval;

import dev.windlass.rego.CompileError;
import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Location;
import dev.windlass.rego.ast.Operator;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.ast.WithModifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
  * Rewrites a module's terms for evaluation: rule names and import aliases become absolute
  * {@code data}/{@code input} references, each {@code _} becomes its own generated variable,
  * variables declared in nested bodies get fresh names (so they shadow outer ones), and call
  * targets become one resolved name ({@code data.pkg.f} or a built-in name such as {@code count}).
  */
final class Resolver {
    private final Map<String, Term> globals;
    private final Predicate<String> isFunction;
    private final List<CompileError> errors;
    private final int[] counter;
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
    /** Calls that are whole expressions, which may take one extra (output) argument. */
    final Set<Term> statementCalls = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Function names used as {@code with} values, written as argument-less calls. */
    final Set<Term> functionValues = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Resolver(Map<String, Term> globals, Predicate<String> isFunction, List<CompileError> errors, int[] counter) {
        this.globals = globals;
        this.isFunction = isFunction;
        this.errors = errors;
        this.counter = counter;
    }

    /** Opens the top scope of a rule or query, declaring the given variables (function arguments). */
    void open(Set<String> declared) {
        Map<String, String> scope = new HashMap<>();
        declared.forEach(name -> scope.put(name, name));
        scopes.push(scope);
    }

    void close() {
        scopes.pop();
    }

    /** Rewrites a body in a new scope; nested bodies rename their declarations. */
    Body body(Body body, boolean nested, List<Term> extraDecls) {
        Map<String, String> scope = new HashMap<>();
        scopes.push(scope);
        for (Term t : extraDecls) {
            declare(scope, t, nested);
        }
        declareBody(scope, body, nested);
        List<Literal> out = new ArrayList<>();
        for (Literal l : body.literals()) {
            out.add(literal(l));
        }
        scopes.pop();
        return new Body(out, body.location());
    }

    /** Rewrites a term in the current scope. */
    Term term(Term t) {
        if (t instanceof Term.Var v) {
            return var(v);
        }
        if (t instanceof Term.Ref r) {
            return ref(r);
        }
        if (t instanceof Term.Array a) {
            return new Term.Array(terms(a.items()), a.location());
        }
        if (t instanceof Term.SetTerm s) {
            return new Term.SetTerm(terms(s.items()), s.location());
        }
        if (t instanceof Term.Obj o) {
            List<Term.Entry> entries = new ArrayList<>();
            for (Term.Entry e : o.entries()) {
                entries.add(new Term.Entry(term(e.key()), term(e.value())));
            }
            return new Term.Obj(entries, o.location());
        }
        if (t instanceof Term.Call c) {
            return new Term.Call(functionRef(c.function()), terms(c.args()), c.location());
        }
        if (t instanceof Term.Binary b) {
            return new Term.Binary(b.op(), term(b.left()), term(b.right()), b.location());
        }
        if (t instanceof Term.Negate n) {
            return new Term.Negate(term(n.operand()), n.location());
        }
        if (t instanceof Term.KeyValueIn k) {
            return new Term.KeyValueIn(term(k.key()), term(k.value()), term(k.collection()), k.location());
        }
        return comprehension(t);
    }

    private Term comprehension(Term t) {
        if (t instanceof Term.ArrayCompr a) {
            Body body = body(a.body(), true, List.of());
            return new Term.ArrayCompr(inScopeOf(a.body(), a.head()), body, a.location());
        }
        if (t instanceof Term.SetCompr s) {
            Body body = body(s.body(), true, List.of());
            return new Term.SetCompr(inScopeOf(s.body(), s.head()), body, s.location());
        }
        if (t instanceof Term.ObjectCompr o) {
            Body body = body(o.body(), true, List.of());
            Term key = inScopeOf(o.body(), o.key());
            return new Term.ObjectCompr(key, inScopeOf(o.body(), o.value()), body, o.location());
        }
        return t;
    }

    /** Rewrites a comprehension head with the renames its body declared. */
    private Term inScopeOf(Body original, Term head) {
        return withRenames(head, original);
    }

    private final Map<Body, Map<String, String>> bodyRenames = new java.util.IdentityHashMap<>();

    private Term withRenames(Term head, Body original) {
        Map<String, String> renames = bodyRenames.getOrDefault(original, Map.of());
        scopes.push(new HashMap<>(renames));
        Term out = term(head);
        scopes.pop();
        return out;
    }

    private List<Term> terms(List<Term> items) {
        List<Term> out = new ArrayList<>(items.size());
        for (Term t : items) {
            out.add(term(t));
        }
        return out;
    }

    private Literal literal(Literal l) {
        if (l instanceof Literal.Expr e) {
            List<WithModifier> with = new ArrayList<>();
            for (WithModifier w : e.with()) {
                with.add(new WithModifier(withTarget(w.target()), withValue(w.value()), w.location()));
            }
            Term t = term(e.term());
            if (t instanceof Term.Call) {
                statementCalls.add(t);
            }
            return new Literal.Expr(t, e.negated(), with, e.location());
        }
        if (l instanceof Literal.Some s) {
            List<Term.Var> vars = new ArrayList<>();
            for (Term.Var v : s.vars()) {
                vars.add((Term.Var) var(v));
            }
            return new Literal.Some(vars, s.location());
        }
        if (l instanceof Literal.SomeIn s) {
            return new Literal.SomeIn(s.key() == null ? null : term(s.key()), term(s.value()),
                    term(s.collection()), s.location());
        }
        Literal.Every ev = (Literal.Every) l;
        Term domain = term(ev.domain());
        List<Term> decls = new ArrayList<>();
        if (ev.key() != null) {
            decls.add(ev.key());
        }
        decls.add(ev.value());
        Map<String, String> scope = new HashMap<>();
        scopes.push(scope);
        for (Term t : decls) {
            declare(scope, t, true);
        }
        Term key = ev.key() == null ? null : term(ev.key());
        Term value = term(ev.value());
        Body body = body(ev.body(), true, List.of());
        scopes.pop();
        return new Literal.Every(key, value, domain, body, ev.location());
    }

    private Term var(Term.Var v) {
        if (v.isWildcard()) {
            return new Term.Var("$_" + (counter[0]++), v.location());
        }
        for (Map<String, String> scope : scopes) {
            String renamed = scope.get(v.name());
            if (renamed != null) {
                return renamed.equals(v.name()) ? v : new Term.Var(renamed, v.location());
            }
        }
        Term global = globals.get(v.name());
        return global == null ? v : relocate(global, v.location());
    }

    private static Term relocate(Term global, Location location) {
        if (global instanceof Term.Ref r) {
            return new Term.Ref(r.head(), r.path(), location);
        }
        return global;
    }

    private Term ref(Term.Ref r) {
        Term head = term(r.head());
        List<Term> path = new ArrayList<>();
        if (head instanceof Term.Ref hr) {
            path.addAll(hr.path());
            head = hr.head();
        }
        for (Term p : r.path()) {
            path.add(p instanceof Term.Str ? p : term(p));
        }
        return path.isEmpty() ? head : new Term.Ref(head, path, r.location());
    }

    /** The resolved name of a call target: {@code data.a.b.f} for rules, the dotted built-in name otherwise. */
    String functionName(Term.Ref fn) {
        if (!(fn.head() instanceof Term.Var hv)) {
            return null;
        }
        StringBuilder rest = new StringBuilder();
        for (Term p : fn.path()) {
            if (!(p instanceof Term.Str s)) {
                return null;
            }
            rest.append('.').append(s.value());
        }
        if (!isLocal(hv.name()) && globals.get(hv.name()) instanceof Term.Ref g && isVar(g.head(), "data")) {
            StringBuilder name = new StringBuilder("data");
            for (Term p : g.path()) {
                name.append('.').append(((Term.Str) p).value());
            }
            return name.append(rest).toString();
        }
        return hv.name() + rest;
    }

    private Term.Ref functionRef(Term.Ref fn) {
        String name = functionName(fn);
        return new Term.Ref(new Term.Var(name == null ? "?" : name, fn.location()), List.of(), fn.location());
    }

    private Term withTarget(Term target) {
        Term.Ref asRef = target instanceof Term.Ref r ? r : target instanceof Term.Var v
                ? new Term.Ref(v, List.of(), v.location()) : null;
        if (asRef != null && asRef.head() instanceof Term.Var hv && !hv.name().equals("input")
                && !hv.name().equals("data")) {
            String name = functionName(asRef);
            if (name != null && isFunction.test(name)) {
                return new Term.Var(name, target.location());
            }
        }
        return term(target);
    }

    private Term withValue(Term value) {
        Term.Ref asRef = value instanceof Term.Ref r ? r : value instanceof Term.Var v
                ? new Term.Ref(v, List.of(), v.location()) : null;
        if (asRef != null && asRef.head() instanceof Term.Var hv && !isLocal(hv.name())) {
            String name = functionName(asRef);
            if (name != null && isFunction.test(name)) {
                Term.Call fn = new Term.Call(new Term.Ref(new Term.Var(name, value.location()), List.of(),
                        value.location()), List.of(), value.location());
                functionValues.add(fn);
                return fn;
            }
        }
        return term(value);
    }

    private boolean isLocal(String name) {
        for (Map<String, String> scope : scopes) {
            if (scope.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean isVar(Term t, String name) {
        return t instanceof Term.Var v && v.name().equals(name);
    }

    private void declareBody(Map<String, String> scope, Body body, boolean nested) {
        Set<String> declared = new HashSet<>();
        Set<String> referenced = new HashSet<>();
        for (Literal l : body.literals()) {
            for (String name : newlyDeclared(l)) {
                if (referenced.contains(name) && !declared.contains(name)) {
                    errors.add(new CompileError(l.location(), "rego_compile_error", "var " + name + " referenced above"));
                }
            }
            referenced.addAll(Safety.literalTopVars(l));
            if (l instanceof Literal.Expr e && !e.negated() && e.term() instanceof Term.Binary b
                    && b.op() == Operator.ASSIGN) {
                checkAssignable(e, b.left());
                for (String name : patternVars(b.left())) {
                    redeclared(declared, name, e, "assigned");
                    declareName(scope, name, nested);
                }
            } else if (l instanceof Literal.Some s) {
                s.vars().forEach(v -> {
                    redeclared(declared, v.name(), s, "declared");
                    declareName(scope, v.name(), nested);
                });
            } else if (l instanceof Literal.SomeIn s) {
                List<String> names = new ArrayList<>(patternVars(s.value()));
                if (s.key() != null) {
                    names.addAll(patternVars(s.key()));
                }
                for (String name : names) {
                    redeclared(declared, name, s, "declared");
                    declareName(scope, name, nested);
                }
            }
        }
        if (nested) {
            bodyRenames.put(body, new HashMap<>(scope));
        }
    }

    private static List<String> newlyDeclared(Literal l) {
        if (l instanceof Literal.Expr e && !e.negated() && e.term() instanceof Term.Binary b && b.op() == Operator.ASSIGN) {
            return patternVars(b.left());
        }
        if (l instanceof Literal.Some s) {
            return s.vars().stream().map(Term.Var::name).toList();
        }
        if (l instanceof Literal.SomeIn s) {
            List<String> names = new ArrayList<>(patternVars(s.value()));
            if (s.key() != null) {
                names.addAll(patternVars(s.key()));
            }
            return names;
        }
        return List.of();
    }

    private void redeclared(Set<String> declared, String name, Literal where, String how) {
        if (!declared.add(name)) {
            errors.add(new CompileError(where.location(), "rego_compile_error", "var " + name + " " + how + " above"));
        }
    }

    private void checkAssignable(Literal.Expr e, Term left) {
        if (!(left instanceof Term.Var || left instanceof Term.Array || left instanceof Term.Obj)) {
            String what = left instanceof Term.Ref ? "ref" : left instanceof Term.Str ? "string"
                    : left instanceof Term.Num ? "number" : left instanceof Term.Bool ? "boolean"
                    : left instanceof Term.Null ? "null" : "this term";
            errors.add(new CompileError(e.location(), "rego_compile_error", "cannot assign to " + what));
        }
    }

    private void declare(Map<String, String> scope, Term pattern, boolean nested) {
        for (String name : patternVars(pattern)) {
            declareName(scope, name, nested);
        }
    }

    private void declareName(Map<String, String> scope, String name, boolean nested) {
        if (name.equals("_") || scope.containsKey(name)) {
            return;
        }
        boolean rename = nested || TermWalk.isRoot(name);
        scope.put(name, rename ? name + "$" + (counter[0]++) : name);
    }

    /** Variables a pattern can bind: bare variables and those inside array, set and object literals. */
    static List<String> patternVars(Term t) {
        List<String> out = new ArrayList<>();
        collectPatternVars(t, out);
        return out;
    }

    private static void collectPatternVars(Term t, List<String> out) {
        if (t instanceof Term.Var v && !v.isWildcard()) {
            out.add(v.name());
        } else if (t instanceof Term.Array a) {
            a.items().forEach(i -> collectPatternVars(i, out));
        } else if (t instanceof Term.Obj o) {
            o.entries().forEach(e -> collectPatternVars(e.value(), out));
        }
    }
}
