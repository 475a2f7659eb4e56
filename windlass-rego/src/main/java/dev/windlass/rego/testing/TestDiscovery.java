package dev.windlass.rego.testing;

import dev.windlass.rego.ast.Module;
import dev.windlass.rego.ast.Rule;
import dev.windlass.rego.ast.RuleHead;
import dev.windlass.rego.ast.RuleKind;
import dev.windlass.rego.ast.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
  * Finds the tests of a set of modules as {@code opa test} does: in file-name order, then rule
  * order, every rule whose reference (up to its first non-constant part) has a part starting with
  * {@code test_} or {@code todo_test_}. A test name defined by several rules is renamed on its
  * second and later rules to {@code name#01}, {@code name#02} … so each rule runs on its own.
  */
final class TestDiscovery {
    static final String TEST_PREFIX = "test_";
    static final String SKIP_PREFIX = "todo_test_";

    /** The modules (with duplicate test names renamed) and the tests found in them. */
    record Discovered(List<Module> modules, List<TestCase> tests) {}

    private TestDiscovery() {}

    static Discovered discover(List<Module> input) {
        List<Module> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing(Module::file));
        Map<String, Integer> seen = new HashMap<>();
        List<Module> modules = new ArrayList<>();
        List<TestCase> tests = new ArrayList<>();
        for (Module module : sorted) {
            List<String> pkg = packagePath(module);
            List<Rule> rules = new ArrayList<>();
            for (Rule rule : module.rules()) {
                Rule renamed = renameDuplicate(pkg, rule, seen);
                rules.add(renamed);
                TestCase test = testOf(pkg, renamed);
                if (test != null) {
                    tests.add(test);
                }
            }
            modules.add(new Module(module.file(), module.pkg(), module.imports(), rules, module.version()));
        }
        return new Discovered(List.copyOf(modules), List.copyOf(tests));
    }

    /** The package path below {@code data}: {@code package a.b} is {@code [a, b]}. */
    static List<String> packagePath(Module module) {
        Term.Ref path = module.pkg().path();
        List<String> parts = new ArrayList<>();
        parts.add(name(path.head()));
        for (Term t : path.path()) {
            parts.add(name(t));
        }
        return parts;
    }

    /** The rule's constant reference prefix up to and including its test name, or empty when it is no test. */
    static List<String> testRef(RuleHead head) {
        List<String> ref = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        terms.add(head.ref().head());
        terms.addAll(head.ref().path());
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            String n = i == 0 || term instanceof Term.Str ? name(term) : null;
            if (n == null) {
                return List.of();
            }
            ref.add(n);
            if (n.startsWith(TEST_PREFIX) || n.startsWith(SKIP_PREFIX)) {
                return ref;
            }
        }
        return List.of();
    }

    private static TestCase testOf(List<String> pkg, Rule rule) {
        List<String> ref = testRef(rule.head());
        if (ref.isEmpty()) {
            return null;
        }
        String last = ref.get(ref.size() - 1);
        List<String> path = new ArrayList<>(pkg);
        path.addAll(ref);
        return new TestCase(RefText.of("data", pkg), RefText.of(ref.get(0), ref.subList(1, ref.size())),
                rule.location(), last.startsWith(SKIP_PREFIX), path,
                rule.head().kind() == RuleKind.PARTIAL_OBJECT);
    }

    private static Rule renameDuplicate(List<String> pkg, Rule rule, Map<String, Integer> seen) {
        List<String> ref = testRef(rule.head());
        if (ref.isEmpty() || !ref.get(ref.size() - 1).startsWith(TEST_PREFIX)) {
            return rule;
        }
        String key = String.join("\u0000", pkg) + "\u0001" + String.join("\u0000", ref);
        int count = seen.merge(key, 1, Integer::sum) - 1;
        if (count == 0) {
            return rule;
        }
        String newName = ref.get(ref.size() - 1) + "#" + String.format("%02d", count);
        RuleHead h = rule.head();
        RuleHead head = new RuleHead(h.kind(), renamed(h.ref(), ref.size() - 1, newName), h.args(), h.key(),
                h.value(), h.assign(), h.location());
        return new Rule(rule.isDefault(), head, rule.body(), rule.elses(), rule.location());
    }

    private static Term.Ref renamed(Term.Ref ref, int index, String newName) {
        if (index == 0) {
            return new Term.Ref(new Term.Var(newName, ref.head().location()), ref.path(), ref.location());
        }
        List<Term> path = new ArrayList<>(ref.path());
        Term old = path.get(index - 1);
        path.set(index - 1, new Term.Str(newName, false, old.location()));
        return new Term.Ref(ref.head(), path, ref.location());
    }

    /** The name a variable or string part stands for, or null for any other part. */
    private static String name(Term term) {
        if (term instanceof Term.Var v) {
            return v.name();
        }
        if (term instanceof Term.Str s) {
            return s.value();
        }
        return null;
    }
}
