package dev.windlass.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.ast.Module;
import dev.windlass.rego.testing.RegoTestRunner;
import dev.windlass.rego.testing.TestCase;
import dev.windlass.rego.testing.TestOutcome;
import dev.windlass.rego.testing.TestResult;
import dev.windlass.rego.value.ObjectValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
  * Runs the Gatekeeper library's own Rego unit tests ({@code src/**}{@code /src_test.rego}, loaded
  * with the {@code .rego} files beside them) through {@link RegoTestRunner}, as {@code opa test}
  * runs them in that repository's CI. Each {@code test_*} rule is one case.
  */
@Tag("conformance")
class RegoUnitTestConformanceTest {

    @Test
    void gatekeeperLibrary_unitTestsPass() throws IOException {
        Path root = corpus().resolve("gatekeeper-library/src");
        Assumptions.assumeTrue(Files.isDirectory(root));
        int passed = 0;
        int total = 0;
        int skipped = 0;
        List<String> failures = new ArrayList<>();
        for (Path testFile : testFiles(root)) {
            Path dir = testFile.getParent();
            String where = root.relativize(dir).toString();
            List<Module> modules = new ArrayList<>();
            try {
                for (Path rego : regoFiles(dir)) {
                    modules.add(RegoParser.parse(root.relativize(rego).toString(), Files.readString(rego)));
                }
            } catch (RegoParseException e) {
                failures.add("conformance failure rego-test/gatekeeper-library " + where + ": " + e.getMessage());
                continue;
            }
            RegoTestRunner runner = RegoTestRunner.create();
            List<TestCase> tests = runner.tests(modules);
            List<TestResult> results;
            try {
                results = runner.run(modules, ObjectValue.EMPTY);
            } catch (RegoCompileException | RuntimeException e) {
                total += tests.size();
                failures.add("conformance failure rego-test/gatekeeper-library " + where + " (all " + tests.size()
                        + " tests): " + firstLine(e.toString()));
                continue;
            }
            for (TestResult r : results) {
                if (r.outcome() == TestOutcome.SKIPPED) {
                    skipped++;
                    System.out.println("conformance skipped rego-test/gatekeeper-library " + r.fullName() + ": todo_test_");
                    continue;
                }
                total++;
                if (r.passed()) {
                    passed++;
                } else {
                    failures.add("conformance failure rego-test/gatekeeper-library " + where + " " + r.fullName()
                            + ": " + r.outcome() + (r.error() == null ? "" : " " + firstLine(r.error())));
                }
            }
        }
        failures.forEach(System.out::println);
        System.out.printf("conformance rego-test/gatekeeper-library: %d/%d passed (%d skipped)%n", passed, total, skipped);
        assertThat(passed).isGreaterThanOrEqualTo(floor("rego-test-gatekeeper"));
    }

    private static Path corpus() {
        String shared = System.getProperty("windlass.shared.dir");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no shared corpus");
        return Path.of(shared, "corpus");
    }

    private static List<Path> testFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals("src_test.rego")).sorted().toList();
        }
    }

    private static List<Path> regoFiles(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".rego")).sorted().toList();
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl) + " …";
    }

    private static int floor(String key) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RegoUnitTestConformanceTest.class.getResourceAsStream("/conformance-floors.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return Integer.parseInt(p.getProperty(key, "0"));
    }
}
