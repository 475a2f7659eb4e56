package dev.windlass.rego.eval;

import dev.windlass.rego.CompileError;
import dev.windlass.rego.RegoCompileException;
import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.ElseClause;
import dev.windlass.rego.ast.Import;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.ast.Operator;
import dev.windlass.rego.ast.Rule;
import dev.windlass.rego.ast.RuleHead;
import dev.windlass.rego.ast.RuleKind;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.builtins.BuiltinTable;
import dev.windlass.rego.value.ObjectValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compiles modules into a {@link Policy}: resolves names, groups rules by path, checks safety, calls and recursion. */
public final class Compiler {
    /** Functions the evaluator implements itself. */
    static final Set<String> SPECIAL = Set.of("walk", "print", "trace", "internal.print");

    private final List<CompileError> errors = new ArrayList<>();
    private final int[] counter = {0};
    private final Map<String, RuleGroup> groups = new LinkedHashMap<>();
    private final Set<String> functionPaths = new HashSet<>();
    /** Rule names per package, across modules: all are in scope in every module of the package. */
    private final Map<List<String>, Set<String>> packageRules = new HashMap<>();
    private final BuiltinTable builtins;
    private final Set<Term> statementCalls = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Set<Term> functionValues = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private Compiler(BuiltinTable builtins) {
        this.builtins = builtins;
    }

    /** Compiles modules with base documents and built-ins. */
    public static Policy compile(List<Module> modules, ObjectValue data, BuiltinTable builtins, boolean strict)
            throws RegoCompileException {
        Compiler c = new Compiler(builtins);
        for (Module m : modules) {
            c.collectFunctions(m);
            Set<String> names = c.packageRules.computeIfAbsent(packagePath(m), k -> new HashSet<>());
            m.rules().forEach(r -> names.add(r.head().name()));
        }
        for (Module m : modules) {
            c.module(m);
        }
        Safety safety = new Safety(c.errors, c::arityOf);
        DocNode root = new DocNode(List.of());
        for (RuleGroup g : c.groups.values()) {
            c.checkGroup(g);
            for (CompiledRule r : g.rules) {
                safety.rule(r);
            }
            if (g.defaultRule != null) {
                safety.rule(g.defaultRule);
            }
            DocNode node = root;
            for (String key : g.path) {
                node = node.childOrCreate(key);
            }
            node.group = g;
        }
        for (Module m : modules) {
            DocNode node = root;
            for (String key : packagePath(m)) {
                node = node.childOrCreate(key);
            }
            node.isPackage = true;
        }
        c.checkCalls();
        LiteralChecks shapes = new LiteralChecks(c.errors, c::isFunction);
        for (RuleGroup g : c.groups.values()) {
            g.rules.forEach(r -> {
                shapes.body(r.body());
                r.elses().forEach(e -> shapes.body(e.body()));
            });
        }
        new RecursionCheck(c.groups, c.errors).run();
        DataConflictCheck.run(c.groups.values(), data, c.errors);
        c.throwIfErrors();
        return new Policy(modules, data, builtins, strict, root, c.groups, safety.schedules());
    }

    /** Compiles a query against a policy. */
    static Policy.Plan query(Policy policy, Body query) throws RegoCompileException {
        Compiler c = new Compiler(policy.builtins);
        c.groups.putAll(policy.groups);
        policy.groups.values().stream().filter(RuleGroup::isFunction).forEach(g -> c.functionPaths.add(g.name));
        Resolver r = new Resolver(Map.of(), c::isFunction, c.errors, c.counter);
        r.open(Set.of());
        Body resolved = r.body(query, false, List.of());
        r.close();
        c.resolverSets(r);
        Safety safety = new Safety(c.errors, c::arityOf);
        safety.query(resolved);
        c.checkCallsIn(resolved);
        new LiteralChecks(c.errors, c::isFunction).body(resolved);
        c.throwIfErrors();
        Map<Body, List<Literal>> schedules = new java.util.IdentityHashMap<>(policy.schedules);
        schedules.putAll(safety.schedules());
        return policy.new Plan(query, resolved, schedules);
    }

    private void resolverSets(Resolver r) {
        pending.add(r);
    }

    private final List<Resolver> pending = new ArrayList<>();

    private void collectResolverSets() {
        for (Resolver r : pending) {
            statementCalls.addAll(r.statementCalls);
            functionValues.addAll(r.functionValues);
        }
    }

    private void throwIfErrors() throws RegoCompileException {
        if (!errors.isEmpty()) {
            throw new RegoCompileException(errors);
        }
    }

    static List<String> packagePath(Module m) {
        List<String> out = new ArrayList<>();
        out.add(((Term.Var) m.pkg().path().head()).name());
        for (Term t : m.pkg().path().path()) {
            out.add(((Term.Str) t).value());
        }
        return out;
    }

    private void collectFunctions(Module m) {
        for (Rule rule : m.rules()) {
            if (rule.head().kind() == RuleKind.FUNCTION) {
                functionPaths.add("data." + String.join(".", groundPath(m, rule)));
            }
        }
    }

    int arityOf(String name) {
        RuleGroup g = name.startsWith("data.") ? groups.get(name.substring(5)) : null;
        if (g != null) {
            return g.arity();
        }
        if (name.equals("walk") || name.equals("trace")) {
            return 1;
        }
        return builtins.find(name).map(b -> b.arity()).orElse(-1);
    }

    private boolean isFunction(String name) {
        return functionPaths.contains(name) || builtins.find(name).isPresent() || SPECIAL.contains(name);
    }

    private static List<String> groundPath(Module m, Rule rule) {
        List<String> path = new ArrayList<>(packagePath(m));
        path.add(rule.head().name());
        for (Term t : rule.head().ref().path()) {
            if (!(t instanceof Term.Str s)) {
                break;
            }
            path.add(s.value());
        }
        return path;
    }

    private void module(Module m) {
        List<String> pkg = packagePath(m);
        Map<String, Term> globals = new HashMap<>();
        for (String name : packageRules.getOrDefault(pkg, Set.of())) {
            List<String> p = new ArrayList<>(pkg);
            p.add(name);
            globals.put(name, dataRef(p, m.pkg().location()));
        }
        for (Import imp : m.imports()) {
            Term.Ref path = imp.path();
            String root = path.head() instanceof Term.Var v ? v.name() : "";
            if (!root.equals("data") && !root.equals("input")) {
                continue;
            }
            String alias = imp.alias();
            if (alias == null) {
                alias = path.path().isEmpty() ? root
                        : path.path().get(path.path().size() - 1) instanceof Term.Str s ? s.value() : null;
            }
            if (alias != null) {
                globals.put(alias, path.path().isEmpty() ? path.head() : path);
            }
        }
        ModuleChecks.check(m, errors);
        Resolver resolver = new Resolver(globals, this::isFunction, errors, counter);
        resolverSets(resolver);
        for (Rule rule : m.rules()) {
            CompiledRule compiled = new RuleResolver(resolver, m, rule, errors).compile(groundPath(m, rule));
            RuleGroup g = groups.computeIfAbsent(String.join(".", compiled.path()),
                    k -> new RuleGroup(compiled.path()));
            if (compiled.isDefault()) {
                if (g.defaultRule != null) {
                    errors.add(new CompileError(rule.location(), "rego_type_error",
                            "multiple default rules " + g.name + " found"));
                }
                g.defaultRule = compiled;
            } else {
                g.rules.add(compiled);
            }
        }
    }

    static Term.Ref dataRef(List<String> path, dev.windlass.rego.ast.Location loc) {
        List<Term> elems = new ArrayList<>();
        for (String s : path) {
            elems.add(new Term.Str(s, false, loc));
        }
        return new Term.Ref(new Term.Var("data", loc), elems, loc);
    }

    private void checkGroup(RuleGroup g) {
        Set<CompiledRule.Shape> shapes = new HashSet<>();
        Set<Integer> arity = new HashSet<>();
        for (CompiledRule r : g.rules) {
            shapes.add(r.shape());
            arity.add(r.args().size());
        }
        if (shapes.size() > 1 || arity.size() > 1) {
            errors.add(new CompileError(g.rules.get(0).location(), "rego_type_error",
                    "conflicting rules " + g.name + " found"));
        }
    }

    private void checkCalls() {
        collectResolverSets();
        for (RuleGroup g : groups.values()) {
            for (CompiledRule r : g.rules) {
                CallCheck.rule(r, this::checkCall);
            }
        }
    }

    private void checkCallsIn(Body body) {
        collectResolverSets();
        CallCheck.body(body, this::checkCall);
    }

    private void checkCall(Term.Call call) {
        if (functionValues.contains(call)) {
            return;
        }
        String name = ((Term.Var) call.function().head()).name();
        if (!isFunction(name)) {
            errors.add(new CompileError(call.location(), "rego_type_error", "undefined function " + name));
            return;
        }
        int arity = arityOf(name);
        boolean output = statementCalls.contains(call) && call.args().size() == arity + 1;
        if (arity >= 0 && call.args().size() != arity && !output) {
            errors.add(new CompileError(call.location(), "rego_type_error",
                    name + ": arity mismatch: expected " + arity + " arguments, got " + call.args().size()));
        }
    }

    /** Resolves one rule into a {@link CompiledRule}. */
    private static final class RuleResolver {
        private final Resolver resolver;
        private final List<CompileError> errors;
        private final Rule rule;
        private final dev.windlass.rego.ast.RegoVersion version;

        RuleResolver(Resolver resolver, Module module, Rule rule, List<CompileError> errors) {
            this.resolver = resolver;
            this.errors = errors;
            this.version = module.version();
            this.rule = rule;
        }

        CompiledRule compile(List<String> path) {
            Set<String> declared = new HashSet<>();
            for (Term a : rule.head().args()) {
                declared.addAll(Vars.all(a));
            }
            for (String assigned : Safety.assignedNames(rule.body())) {
                if (declared.contains(assigned)) {
                    errors.add(new CompileError(rule.location(), "rego_compile_error",
                            "var " + assigned + " assigned above"));
                }
            }
            declared.addAll(Safety.declaredNames(rule.body()));
            resolver.open(declared);
            List<Term> args = new ArrayList<>();
            rule.head().args().forEach(a -> args.add(resolver.term(a)));
            Body body = rule.body() == null ? new Body(List.of(), rule.location())
                    : resolver.body(rule.body(), false, List.of());
            List<Term> tail = new ArrayList<>();
            List<Term> refPath = rule.head().ref().path();
            for (int i = refGround(refPath); i < refPath.size(); i++) {
                tail.add(resolver.term(refPath.get(i)));
            }
            Term key = rule.head().key() == null ? null : resolver.term(rule.head().key());
            Term value = rule.head().value() == null ? new Term.Bool(true, rule.location())
                    : resolver.term(rule.head().value());
            resolver.close();
            List<CompiledRule.Else> elses = new ArrayList<>();
            for (ElseClause e : rule.elses()) {
                elses.add(elseClause(declared, e));
            }
            if (isV0FieldSet()) {
                return new CompiledRule(CompiledRule.Shape.SET, path.subList(0, path.size() - 1), List.of(),
                        refPath.get(0), value, args, body, elses, rule.isDefault(), rule.location());
            }
            return new CompiledRule(shape(tail), path, tail, key, value, args, body, elses, rule.isDefault(),
                    rule.location());
        }

        private static int refGround(List<Term> refPath) {
            int i = 0;
            while (i < refPath.size() && refPath.get(i) instanceof Term.Str) {
                i++;
            }
            return i;
        }

        private CompiledRule.Else elseClause(Set<String> argVars, ElseClause e) {
            Set<String> declared = new HashSet<>(argVars);
            declared.addAll(Safety.declaredNames(e.body()));
            resolver.open(declared);
            Body body = e.body() == null ? new Body(List.of(), e.location()) : resolver.body(e.body(), false, List.of());
            Term value = e.value() == null ? new Term.Bool(true, e.location()) : resolver.term(e.value());
            resolver.close();
            return new CompiledRule.Else(value, body);
        }

        /** v0's {@code p.q { ... }}: a partial set {@code p} containing {@code "q"}. */
        private boolean isV0FieldSet() {
            RuleHead h = rule.head();
            return version == dev.windlass.rego.ast.RegoVersion.V0 && h.kind() == RuleKind.COMPLETE
                    && h.value() == null && h.ref().path().size() == 1 && h.ref().path().get(0) instanceof Term.Str
                    && rule.body() != null;
        }

        private CompiledRule.Shape shape(List<Term> tail) {
            RuleKind kind = rule.head().kind();
            if (kind == RuleKind.FUNCTION) {
                // OPA treats a zero-argument function as a complete rule
                return rule.head().args().isEmpty() ? CompiledRule.Shape.COMPLETE : CompiledRule.Shape.FUNCTION;
            }
            if (kind == RuleKind.PARTIAL_SET || isV0FieldSet()) {
                return CompiledRule.Shape.SET;
            }
            return tail.isEmpty() ? CompiledRule.Shape.COMPLETE : CompiledRule.Shape.OBJECT;
        }
    }

    static boolean isAssign(Literal l) {
        return l instanceof Literal.Expr e && e.term() instanceof Term.Binary b && b.op() == Operator.ASSIGN;
    }
}
