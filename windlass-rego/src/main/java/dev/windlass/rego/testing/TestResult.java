package dev.windlass.rego.testing;

import dev.windlass.rego.ast.Location;
import java.time.Duration;
import java.util.List;

/**
  * The result of one Rego test.
  *
  * @param test the test
  * @param outcome how it ended
  * @param duration how long evaluation took (zero when skipped)
  * @param error the error as OPA prints it ({@code file:row: code: message}), or null
  * @param output what the test printed with {@code print}, one line per call, or empty
  * @param subResults the named cases of a partial-object test, empty otherwise
  */
public record TestResult(
        TestCase test, TestOutcome outcome, Duration duration, String error, String output,
        List<SubResult> subResults) {
    public TestResult {
        subResults = List.copyOf(subResults);
        output = output == null ? "" : output;
    }

    /** A skipped {@code todo_test_}. */
    static TestResult skipped(TestCase test) {
        return new TestResult(test, TestOutcome.SKIPPED, Duration.ZERO, null, "", List.of());
    }

    /** The full name: {@code data.pkg.test_name}. */
    public String fullName() {
        return test.fullName();
    }

    /** Where the test rule starts. */
    public Location location() {
        return test.location();
    }

    /** Whether the test passed. */
    public boolean passed() {
        return outcome == TestOutcome.PASS;
    }
}
