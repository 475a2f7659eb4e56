package dev.windlass.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
  * Evaluates regorus' interpreter and RVM Rego cases from the shared corpus. Regorus' harness
  * semantics: per input, the last solution counts, as its bindings when the query binds variables,
  * else as its last expression's value; {@code #undefined} and {@code no_result} mean no solution;
  * {@code set!} and {@code object!} encode sets and non-string keys. A case that expects an error
  * passes when parsing, compiling or evaluating fails: regorus' messages differ from OPA's (which
  * Windlass follows), so the text is not compared. Built-in errors are strict unless the case says
  * {@code strict: false}, as in regorus.
  */
@Tag("conformance")
class RegoEvalConformanceTest {
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> skipReasons = new TreeMap<>();
    private int passed;
    private int total;

    @Test
    void regorusCases_evaluateAsRegorusExpects() throws IOException {
        String shared = System.getProperty("windlass.shared.dir");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no shared corpus");
        Path root = Path.of(shared, "corpus", "regorus-rego-cases", "tests");
        for (String dir : List.of("interpreter/cases", "rvm/rego/cases")) {
            for (Path file : files(root.resolve(dir))) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                if (rel.contains("/target/") || rel.contains("/rego-extensions/") || !rel.endsWith(".yaml")) {
                    continue;
                }
                runFile(rel, Files.readString(file));
            }
        }
        failures.forEach(System.out::println);
        int skipped = skipReasons.values().stream().mapToInt(Integer::intValue).sum();
        skipReasons.forEach((reason, n) -> System.out.println("conformance skip rego-eval/regorus: " + n + " x " + reason));
        System.out.printf("conformance rego-eval/regorus: %d/%d passed (%d skipped)%n", passed, total, skipped);
        assertThat(passed).isGreaterThanOrEqualTo(floor("rego-eval-regorus"));
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private void runFile(String rel, String yaml) {
        Object doc = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        if (!(doc instanceof Map<?, ?> m) || !(m.get("cases") instanceof List<?> cases)) {
            return;
        }
        for (Object c : cases) {
            if (c instanceof Map<?, ?> kase) {
                String skip = skipReason(kase);
                if (skip != null) {
                    skipReasons.merge(skip, 1, Integer::sum);
                    continue;
                }
                String where = rel + "#" + kase.get("note");
                String divergence = divergence(where, kase);
                if (divergence != null) {
                    skipReasons.merge(divergence, 1, Integer::sum);
                    continue;
                }
                total++;
                try {
                    String failure = runCase(kase);
                    if (failure == null) {
                        passed++;
                    } else {
                        failures.add("conformance failure rego-eval/regorus " + where + ": " + firstLine(failure));
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add("conformance failure rego-eval/regorus " + where + ": crash " + firstLine(e.toString()));
                }
            }
        }
    }

    private static final String FLOATS =
            "regorus computes with f64 (0.30000000000000004); OPA with big.Float and prints the shortest text";
    private static final String NON_INTEGER = "regorus makes a non-integer operand undefined; OPA raises a built-in"
            + " error (must be integer number), undefined only without strict built-in errors";
    private static final String TIME_RANGE =
            "OPA raises 'time outside of valid range' past the int64-nanosecond range; regorus is undefined";
    private static final String RFC3339_NANO =
            "OPA formats with Go's RFC3339Nano, trimming fractional trailing zeros (.73439Z); regorus keeps .734390Z";

    /**
      * Cases where regorus deliberately differs from OPA (which Windlass follows), by file and note
      * prefix (or the exact file and note when the key ends in {@code $}), with the reason printed
      * in the skip summary.
      */
    private static final Map<String, String> DIVERGENCES = Map.ofEntries(
            Map.entry("rvm/rego/cases/regex_size_limit.yaml#blocked-", "regorus-specific regex size limit"),
            Map.entry("rvm/rego/cases/partial_object_rules.yaml#partial_object_", "regorus RVM compiler limitation (OPA accepts)"),
            Map.entry("interpreter/cases/limits/execution_timer.yaml#", "regorus engine timer settings"),
            Map.entry("interpreter/cases/unary/tests.yaml#", "regorus rejects unary minus on non-literals; OPA accepts -x"),
            Map.entry("interpreter/cases/some/tests.yaml#invalid-", "regorus errors on some-in over a scalar; OPA is undefined"),
            Map.entry("interpreter/cases/import/tests.yaml#import alias shadowed by rule",
                    "regorus lets a rule shadow an import; OPA keeps the import (noted in the case)"),
            Map.entry("rvm/rego/cases/imports.yaml#import_alias_shadowed_by_rule",
                    "regorus lets a rule shadow an import; OPA keeps the import"),
            Map.entry("interpreter/cases/arithmetic/tests.yaml#float-precision$", FLOATS),
            Map.entry("interpreter/cases/builtins/numbers/div.yaml#div$", FLOATS),
            Map.entry("interpreter/cases/builtins/arrays/slice.yaml#all$", NON_INTEGER),
            Map.entry("interpreter/cases/builtins/numbers/intn.yaml#undefined$", NON_INTEGER),
            Map.entry("interpreter/cases/builtins/numbers/mod.yaml#integral float too large to convert$",
                    "OPA takes the integral 100000000000000000e-1 as an integer (exact big.Float) and gives 0; regorus errors"),
            Map.entry("interpreter/cases/builtins/comparison/tests.yaml#order$",
                    "regorus orders sets before objects; OPA's ast/compare.go sortOrder puts objects before sets"),
            Map.entry("interpreter/cases/builtins/semver/is_valid.yaml#semver.compare wrong arg1 type$",
                    "OPA's semver.is_valid gives false for a non-string; regorus errors"),
            Map.entry("interpreter/cases/builtins/strings/indexof.yaml#base$",
                    "OPA's indexof errors on an empty search string (empty search character); regorus gives -1"),
            Map.entry("interpreter/cases/builtins/strings/lower.yaml#unicode string$",
                    "OPA (Go strings.ToLower) maps every Σ to σ; regorus (Rust) writes a final ς"),
            Map.entry("interpreter/cases/builtins/strings/sprintf.yaml#numeric formatting$",
                    "OPA (Go fmt) prints %f of 3.14 as 3.140000 and %o of 64 as 100; regorus prints 3.14 and 0O100"),
            Map.entry("interpreter/cases/builtins/strings/sprintf.yaml#error cases$",
                    "OPA (Go fmt) writes %!d(MISSING) for a missing argument; regorus errors"),
            Map.entry("interpreter/cases/builtins/time/add_date.yaml#adding-overflowing-years$", TIME_RANGE),
            Map.entry("interpreter/cases/builtins/time/add_date.yaml#subtracting-overflowing-years$", TIME_RANGE),
            Map.entry("interpreter/cases/builtins/time/format.yaml#with-timezone-and-no-format$", RFC3339_NANO),
            Map.entry("interpreter/cases/builtins/time/format.yaml#without-timezone-and-format$", RFC3339_NANO),
            Map.entry("interpreter/cases/builtins/units/parse.yaml#all$",
                    "regorus accepts more SI prefixes (Q, R, Y, Z, h, da, ...) and zi/yi; OPA's units.parse errors on them"),
            Map.entry("interpreter/cases/builtins/units/parse.yaml#b suffix not supported$",
                    "OPA's units.parse errors on unit mb (unit mb not recognized); regorus is undefined"),
            Map.entry("interpreter/cases/builtins/units/parse_bytes.yaml#all$",
                    "regorus accepts zi/yi byte units; OPA's units.parse_bytes stops at ei and errors"),
            Map.entry("interpreter/cases/builtins/uuid/parse.yaml#others$",
                    "OPA's uuid.parse reports time only for v1 and v2; regorus also decodes it for v6/v7"),
            Map.entry("interpreter/cases/data/tests.yaml#overriding refs in data produces no error$",
                    "OPA rejects a rule at a path the data also holds (conflicting rule for data path); regorus lets data win"),
            Map.entry("interpreter/cases/import/tests.yaml#overload error does not leak callee module imports$",
                    "regorus without strict errors swallows a function conflict; OPA's non-strict mode covers built-in errors only"),
            Map.entry("rvm/rego/cases/destructuring.yaml#object_destructuring_function_param$",
                    "OPA unifies objects only when their keys are the same; regorus matches a subset of keys"));

    private static String divergence(String where, Map<?, ?> kase) {
        for (Map.Entry<String, String> d : DIVERGENCES.entrySet()) {
            String key = d.getKey();
            if (key.endsWith("$") ? where.equals(key.substring(0, key.length() - 1)) : where.startsWith(key)) {
                boolean rvmOnly = d.getKey().contains("partial_object_rules") && !String.valueOf(kase.get("note")).contains("unsupported_in_rvm");
                boolean errorOnly = (d.getKey().contains("execution_timer") || d.getKey().contains("unary"))
                        && kase.get("error") == null && kase.get("want_error") == null;
                if (!rvmOnly && !errorOnly) {
                    return d.getValue();
                }
            }
        }
        return null;
    }

    private static String skipReason(Map<?, ?> kase) {
        if (Boolean.TRUE.equals(kase.get("skip"))) {
            return "skip: true in the case";
        }
        if (kase.containsKey("host_await_builtins") || kase.containsKey("host_await_responses_suspendable")) {
            return "regorus host-await extension";
        }
        if (kase.containsKey("execution_mode")) {
            return "regorus RVM execution mode";
        }
        if (!(kase.get("modules") instanceof List<?>) || !(kase.get("query") instanceof String)) {
            return "no modules or query";
        }
        return null;
    }

    private static String firstLine(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 400 ? one.substring(0, 400) + "..." : one;
    }

    private String runCase(Map<?, ?> kase) {
        boolean wantsError = kase.get("error") != null || kase.get("want_error") != null;
        List<Value> results = new ArrayList<>();
        try {
            Rego.Builder builder = Rego.builder().builtins(TestBuiltins.table())
                    .strictBuiltinErrors(!Boolean.FALSE.equals(kase.get("strict")));
            List<?> modules = (List<?>) kase.get("modules");
            for (int i = 0; i < modules.size(); i++) {
                builder.module("rego_" + i, String.valueOf(modules.get(i)));
            }
            if (kase.get("data") != null) {
                Value data = decode(kase.get("data"));
                builder.data(data instanceof ObjectValue o ? o : ObjectValue.EMPTY);
            }
            Rego rego = builder.build();
            if (kase.get("entry_points") instanceof List<?> entries && kase.get("want_results") instanceof List<?> wants) {
                return entryPoints(rego, entries, wants, inputs(kase).get(0));
            }
            PreparedQuery q = rego.prepare((String) kase.get("query"));
            List<Value> inputs = inputs(kase);
            if (inputs.size() == 1 && wantsMany(kase)) {
                return compare(kase, allSolutions(q.eval(inputs.get(0))));
            }
            for (Value input : inputs) {
                EvalRequest request = EvalRequest.of(input).withTimeout(Duration.ofSeconds(20));
                QueryResult r = q.eval(request);
                if (!r.isUndefined()) {
                    QueryResult.Solution last = r.solutions().get(r.solutions().size() - 1);
                    results.add(last.bindings().isEmpty() ? last.expressions().get(last.expressions().size() - 1)
                            : bindingsObject(last.bindings()));
                }
            }
        } catch (RegoParseException | RegoCompileException | RegoEvalException e) {
            return wantsError ? null : e.getMessage();
        }
        if (wantsError) {
            return "evaluated without the expected error: " + (kase.get("error") != null ? kase.get("error") : kase.get("want_error"));
        }
        return compare(kase, results);
    }

    private static String compare(Map<?, ?> kase, List<Value> results) {
        boolean wantsError = kase.get("error") != null || kase.get("want_error") != null;
        if (wantsError) {
            return "evaluated without the expected error: " + kase.get("error");
        }
        List<Value> expected = expected(kase);
        return expected.equals(results) ? null : "want " + expected + " got " + results;
    }

    private static boolean wantsMany(Map<?, ?> kase) {
        return kase.get("want_result") instanceof Map<?, ?> m && m.size() == 1 && m.get("many!") instanceof List<?>
                && !(kase.get("input") instanceof Map<?, ?> in && in.containsKey("many!"));
    }

    /** regorus' engine cases: every solution, as bindings, or as the list of expression values. */
    private static List<Value> allSolutions(QueryResult r) {
        List<Value> out = new ArrayList<>();
        for (QueryResult.Solution s : r.solutions()) {
            if (!s.bindings().isEmpty()) {
                out.add(bindingsObject(s.bindings()));
            } else if (s.expressions().size() > 1) {
                out.add(new dev.windlass.rego.value.ArrayValue(s.expressions()));
            } else {
                out.add(s.expressions().get(0));
            }
        }
        return out;
    }

    /** regorus' RVM cases: several entry points, one expected value each. */
    private static String entryPoints(Rego rego, List<?> entries, List<?> wants, Value input)
            throws RegoParseException, RegoCompileException, RegoEvalException {
        for (int i = 0; i < entries.size(); i++) {
            QueryResult r = rego.prepare(String.valueOf(entries.get(i))).eval(input);
            Value got = r.isUndefined() ? null : r.solutions().get(0).expressions().get(0);
            Value want = i < wants.size() ? decode(wants.get(i)) : null;
            if (want == null ? got != null : !want.equals(got)) {
                return "entry point " + entries.get(i) + ": want " + want + " got " + got;
            }
        }
        return null;
    }

    private static Value bindingsObject(Map<String, Value> bindings) {
        Map<Value, Value> m = new LinkedHashMap<>();
        bindings.forEach((k, v) -> m.put(StringValue.of(k), v));
        return ObjectValue.of(m);
    }

    private static List<Value> inputs(Map<?, ?> kase) {
        List<Value> out = new ArrayList<>();
        Object input = kase.get("input");
        if (input instanceof Map<?, ?> m && m.size() == 1 && m.get("many!") instanceof List<?> many) {
            many.forEach(i -> out.add(decode(i)));
        } else {
            out.add(input == null && !kase.containsKey("input") ? null : decode(input));
        }
        return out;
    }

    private static List<Value> expected(Map<?, ?> kase) {
        List<Value> out = new ArrayList<>();
        if (Boolean.TRUE.equals(kase.get("no_result")) || !kase.containsKey("want_result")) {
            return out;
        }
        Object want = kase.get("want_result");
        if (want instanceof Map<?, ?> m && m.size() == 1 && m.get("many!") instanceof List<?> many) {
            for (Object w : many) {
                Value v = decode(w);
                if (v != null) {
                    out.add(v);
                }
            }
            return out;
        }
        Value v = decode(want);
        if (v != null) {
            out.add(v);
        }
        return out;
    }

    /** YAML data to a value with regorus' encodings; null for {@code #undefined}. */
    static Value decode(Object y) {
        if ("#undefined".equals(y)) {
            return null;
        }
        if (y instanceof Map<?, ?> m) {
            if (m.size() == 1 && m.get("set!") instanceof List<?> items) {
                List<Value> members = new ArrayList<>();
                items.forEach(i -> members.add(decode(i)));
                return SetValue.of(members);
            }
            if (m.size() == 1 && m.get("object!") instanceof List<?> items) {
                Map<Value, Value> entries = new LinkedHashMap<>();
                for (Object i : items) {
                    Map<?, ?> e = (Map<?, ?>) i;
                    entries.put(decode(e.get("key")), decode(e.get("value")));
                }
                return ObjectValue.of(entries);
            }
            Map<Value, Value> entries = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                Value dv = decode(v);
                if (dv != null) {
                    entries.put(decode(k), dv);
                }
            });
            return ObjectValue.of(entries);
        }
        if (y instanceof List<?> l) {
            List<Value> items = new ArrayList<>();
            l.forEach(i -> items.add(decode(i)));
            return new dev.windlass.rego.value.ArrayValue(items);
        }
        return Values.fromJava(y);
    }

    private static int floor(String key) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RegoEvalConformanceTest.class.getResourceAsStream("/conformance-floors.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return Integer.parseInt(p.getProperty(key, "0"));
    }
}
