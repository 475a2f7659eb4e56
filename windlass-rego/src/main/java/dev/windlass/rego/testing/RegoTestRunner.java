package dev.windlass.rego.testing;

import dev.windlass.rego.Rego;
import dev.windlass.rego.RegoCompileException;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.value.ObjectValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
  * Runs Rego unit tests as {@code opa test} does: every rule named {@code test_*} in every package
  * is evaluated on its own; it passes when it is defined and {@code true}, fails when undefined or
  * anything else, and is an error when evaluation fails. {@code todo_test_*} rules are reported as
  * skipped. Immutable; {@link #run} compiles the modules and data once and evaluates the tests one
  * after another, each within the time budget.
  *
  * <pre>{@code
  * List<TestResult> results = RegoTestRunner.create().run(modules, data);
  * String report = PrettyReporter.report(results, false);
  * }</pre>
  */
public final class RegoTestRunner {
    /** {@code opa test}'s default budget per test. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final Duration timeout;
    private final Pattern filter;

    private RegoTestRunner(Duration timeout, Pattern filter) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.filter = filter;
    }

    /** A runner with the default budget and no filter. */
    public static RegoTestRunner create() {
        return new RegoTestRunner(DEFAULT_TIMEOUT, null);
    }

    /** A copy with another time budget per test. */
    public RegoTestRunner withTimeout(Duration budget) {
        return new RegoTestRunner(budget, filter);
    }

    /**
      * A copy that runs only the tests whose full name ({@code data.pkg.test_name}) contains a match
      * of {@code regex} (as {@code opa test --run}), or every test when null.
      */
    public RegoTestRunner withFilter(Pattern regex) {
        return new RegoTestRunner(timeout, regex);
    }

    /** The tests the modules define that this runner would run, in the order it runs them. */
    public List<TestCase> tests(List<Module> modules) {
        return selected(TestDiscovery.discover(modules).tests());
    }

    /**
      * Compiles the modules with the base documents and runs the tests.
      *
      * @throws RegoCompileException when the modules do not compile together (no test runs then)
      */
    public List<TestResult> run(List<Module> modules, ObjectValue data) throws RegoCompileException {
        TestDiscovery.Discovered found = TestDiscovery.discover(modules);
        Rego.Builder builder = Rego.builder().data(data == null ? ObjectValue.EMPTY : data);
        for (Module module : found.modules()) {
            builder.module(module);
        }
        Rego rego = builder.build();
        TestEvaluation evaluation = new TestEvaluation(rego, timeout);
        List<TestResult> results = new ArrayList<>();
        for (TestCase test : selected(found.tests())) {
            results.add(test.skip() ? TestResult.skipped(test) : evaluation.run(test));
        }
        return List.copyOf(results);
    }

    private List<TestCase> selected(List<TestCase> tests) {
        if (filter == null) {
            return tests;
        }
        return tests.stream().filter(t -> filter.matcher(t.fullName()).find()).toList();
    }
}
