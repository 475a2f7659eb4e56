package dev.windlass.policy.gator;

import dev.windlass.model.KubeObject;
import dev.windlass.policy.Decision;
import dev.windlass.policy.EnforcementPoint;
import dev.windlass.policy.Inventory;
import dev.windlass.policy.PolicyException;
import dev.windlass.policy.PolicySet;
import dev.windlass.policy.Review;
import dev.windlass.policy.Violation;
import dev.windlass.policy.gator.Results.CaseResult;
import dev.windlass.policy.gator.Results.SuiteResult;
import dev.windlass.policy.gator.Results.TestResult;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
  * Runs gator suites like {@code gator verify}: per test, compiles the template and adds the
  * constraint (an {@code invalid: true} test passes only when the constraint's parameters break
  * the schema); per case, reviews the one object (or AdmissionReview) with the inventory files at
  * the {@link EnforcementPoint#GATOR} point and checks every assertion against all violations.
  */
public final class SuiteRunner {
    private SuiteRunner() {
    }

    /** Reads and runs the suite file at {@code path} of {@code source}; a file that cannot be read is a failed suite. */
    public static SuiteResult run(Snapshot source, String path) {
        return run(source, path, PolicySet.Engine.REGO_FIRST);
    }

    /** As {@link #run(Snapshot, String)}, choosing the code of templates with both Rego and CEL. */
    public static SuiteResult run(Snapshot source, String path, PolicySet.Engine engine) {
        try {
            return run(source, SuiteReader.read(source, path), engine);
        } catch (GatorException e) {
            return new SuiteResult(path, false, e.getMessage(), List.of());
        }
    }

    /** Runs a suite read from {@code source}; its paths are relative to the suite file's directory. */
    public static SuiteResult run(Snapshot source, Suite suite) {
        return run(source, suite, PolicySet.Engine.REGO_FIRST);
    }

    /** As {@link #run(Snapshot, Suite)}, choosing the code of templates with both Rego and CEL. */
    public static SuiteResult run(Snapshot source, Suite suite, PolicySet.Engine engine) {
        if (suite.skip()) {
            return new SuiteResult(suite.path(), true, null, List.of());
        }
        Files dir = new Files(source, SnapshotPaths.parent(suite.path()), engine);
        List<TestResult> tests = new ArrayList<>();
        for (Suite.Test test : suite.tests()) {
            tests.add(test.skip() ? new TestResult(test.name(), true, null, List.of()) : runTest(dir, test));
        }
        return new SuiteResult(suite.path(), false, null, tests);
    }

    private static TestResult runTest(Files dir, Suite.Test test) {
        PolicySet policies;
        try {
            policies = policies(dir, test);
        } catch (GatorException e) {
            return new TestResult(test.name(), false, e.getMessage(), List.of());
        } catch (PolicyException e) {
            if (test.invalid() && e.isSchemaError()) {
                return new TestResult(test.name(), false, null, List.of());
            }
            return new TestResult(test.name(), false, e.getMessage(), List.of());
        }
        if (test.invalid()) {
            return new TestResult(test.name(), false, "constraint is valid: want a schema error for an invalid test",
                    List.of());
        }
        List<CaseResult> cases = new ArrayList<>();
        for (Suite.Case c : test.cases()) {
            cases.add(c.skip() ? new CaseResult(c.name(), true, null) : runCase(dir, policies, c));
        }
        return new TestResult(test.name(), false, null, cases);
    }

    private static PolicySet policies(Files dir, Suite.Test test) throws GatorException, PolicyException {
        if (test.template().isEmpty()) {
            throw new GatorException("invalid suite: missing template");
        }
        if (test.constraint().isEmpty()) {
            throw new GatorException("invalid suite: missing constraint");
        }
        List<KubeObject> objects = new ArrayList<>(dir.objects(test.template()));
        objects.addAll(dir.objects(test.constraint()));
        return PolicySet.of(objects, dir.engine());
    }

    /** Runs one case against compiled policies; {@code dir} resolves the case's paths. */
    static CaseResult runCase(Files dir, PolicySet policies, Suite.Case c) {
        try {
            Optional<String> problem = check(dir, policies, c);
            return new CaseResult(c.name(), false, problem.orElse(null));
        } catch (GatorException e) {
            return new CaseResult(c.name(), false, e.getMessage());
        }
    }

    private static Optional<String> check(Files dir, PolicySet policies, Suite.Case c) throws GatorException {
        if (c.object().isEmpty()) {
            throw new GatorException("invalid test case: must define object");
        }
        if (c.assertions().isEmpty()) {
            throw new GatorException("invalid test case: assertions must be non-empty");
        }
        String objectFile = dir.path(c.object());
        List<KubeObject> objects = dir.objects(c.object());
        if (objects.size() != 1) {
            throw new GatorException("object has multiple definitions: \"" + objectFile + "\" defines "
                    + objects.size() + " objects");
        }
        List<KubeObject> inventory = new ArrayList<>();
        for (String file : c.inventory()) {
            inventory.addAll(dir.objects(file));
        }
        KubeObject object = objects.get(0);
        Review review = AdmissionReviews.isAdmissionReview(object)
                ? AdmissionReviews.toReview(object, objectFile)
                : Review.create(object);
        Decision decision = policies.review(review, EnforcementPoint.GATOR, Inventory.of(inventory));
        if (!decision.errors().isEmpty()) {
            return Optional.of(String.join("; ", decision.errors()));
        }
        List<String> messages = decision.violations().stream().map(Violation::message).toList();
        for (Assertion a : c.assertions()) {
            Optional<String> problem = a.check(messages);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** The suite's directory in its snapshot: resolves and reads the files a suite names. */
    record Files(Snapshot source, String dir, PolicySet.Engine engine) {
        String path(String relative) throws GatorException {
            return SourceFiles.resolve(dir, relative);
        }

        List<KubeObject> objects(String relative) throws GatorException {
            return ObjectFiles.read(source, path(relative));
        }
    }
}
