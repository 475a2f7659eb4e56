package dev.windlass.rego.eval;

import dev.windlass.rego.CompileError;
import dev.windlass.rego.ast.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Finds rules that depend on themselves, which OPA rejects as {@code rego_recursion_error}. */
final class RecursionCheck {
    private final Map<String, RuleGroup> groups;
    private final List<CompileError> errors;
    private final Map<RuleGroup, Set<RuleGroup>> deps = new HashMap<>();
    private final Set<RuleGroup> done = new java.util.HashSet<>();
    private final Set<RuleGroup> reported = new java.util.HashSet<>();

    RecursionCheck(Map<String, RuleGroup> groups, List<CompileError> errors) {
        this.groups = groups;
        this.errors = errors;
    }

    void run() {
        for (RuleGroup g : groups.values()) {
            deps.put(g, dependencies(g));
        }
        for (RuleGroup g : groups.values()) {
            visit(g, new ArrayList<>());
        }
    }

    /** Depth-first search with an explicit stack, so long rule chains cannot overflow the JVM stack. */
    private void visit(RuleGroup start, List<RuleGroup> unused) {
        if (done.contains(start)) {
            return;
        }
        List<RuleGroup> stack = new ArrayList<>();
        List<java.util.Iterator<RuleGroup>> iters = new ArrayList<>();
        Map<RuleGroup, Integer> onStack = new HashMap<>();
        stack.add(start);
        iters.add(deps.getOrDefault(start, Set.of()).iterator());
        onStack.put(start, 0);
        while (!stack.isEmpty()) {
            java.util.Iterator<RuleGroup> it = iters.get(iters.size() - 1);
            if (!it.hasNext()) {
                RuleGroup g = stack.remove(stack.size() - 1);
                iters.remove(iters.size() - 1);
                onStack.remove(g);
                done.add(g);
                continue;
            }
            RuleGroup d = it.next();
            Integer at = onStack.get(d);
            if (at != null) {
                report(stack.subList(at, stack.size()));
            } else if (!done.contains(d)) {
                onStack.put(d, stack.size());
                stack.add(d);
                iters.add(deps.getOrDefault(d, Set.of()).iterator());
            }
        }
    }

    private void report(List<RuleGroup> cycle) {
        RuleGroup first = cycle.get(0);
        if (!reported.add(first)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (RuleGroup g : cycle) {
            text.append(g.name).append(" -> ");
        }
        text.append(first.name);
        CompiledRule r = first.rules.isEmpty() ? first.defaultRule : first.rules.get(0);
        errors.add(new CompileError(r.location(), "rego_recursion_error",
                "rule " + first.name + " is recursive: " + text));
    }

    private Set<RuleGroup> dependencies(RuleGroup g) {
        Set<RuleGroup> out = new LinkedHashSet<>();
        Consumer<Term> visit = t -> {
            if (t instanceof Term.Ref r && Resolver.isVar(r.head(), "data")) {
                List<String> prefix = new ArrayList<>();
                boolean noRuleBelow = false;
                for (Term p : r.path()) {
                    if (!(p instanceof Term.Str s)) {
                        // As OPA's rule tree: a number, boolean or null key names no rule (rule keys are strings).
                        noRuleBelow = p instanceof Term.Num || p instanceof Term.Bool || p instanceof Term.Null;
                        break;
                    }
                    prefix.add(s.value());
                }
                for (RuleGroup other : groups.values()) {
                    boolean below = !noRuleBelow && startsWith(other.path, prefix);
                    if (below || startsWith(prefix, other.path)) {
                        out.add(other);
                    }
                }
            } else if (t instanceof Term.Call c && c.function().head() instanceof Term.Var v
                    && v.name().startsWith("data.")) {
                RuleGroup other = groups.get(v.name().substring(5));
                if (other != null) {
                    out.add(other);
                }
            }
        };
        List<CompiledRule> all = new ArrayList<>(g.rules);
        if (g.defaultRule != null) {
            all.add(g.defaultRule);
        }
        for (CompiledRule r : all) {
            TermWalk.body(r.body(), visit);
            TermWalk.term(r.value(), visit);
            TermWalk.term(r.key(), visit);
            r.tail().forEach(t -> TermWalk.term(t, visit));
            for (CompiledRule.Else e : r.elses()) {
                TermWalk.body(e.body(), visit);
                TermWalk.term(e.value(), visit);
            }
        }
        return out;
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }
}
