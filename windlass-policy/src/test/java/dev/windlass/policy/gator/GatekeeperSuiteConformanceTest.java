package dev.windlass.policy.gator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.LocalSnapshot;
import dev.windlass.policy.PolicyException;
import dev.windlass.policy.PolicySet;
import dev.windlass.policy.gator.Results.SuiteResult;
import dev.windlass.policy.gator.Results.TestResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs every gator suite and compiles every template of the Gatekeeper library in the shared corpus. */
@Tag("conformance")
class GatekeeperSuiteConformanceTest {

    private static Path library() {
        String shared = System.getProperty("windlass.shared.dir");
        Assumptions.assumeTrue(shared != null, "no shared corpus");
        Path root = Path.of(shared, "corpus", "gatekeeper-library", "library");
        Assumptions.assumeTrue(Files.isDirectory(root), "no gatekeeper-library corpus");
        return root;
    }

    @Test
    void gatekeeperLibrary_suitesPass() throws IOException {
        suites("gatekeeper-suites", PolicySet.Engine.REGO_FIRST);
    }

    /** The same suites with Gatekeeper's order: CEL code first where a template has it. */
    @Test
    void gatekeeperLibrary_suitesPassPreferringCel() throws IOException {
        suites("gatekeeper-suites-cel", PolicySet.Engine.CEL_FIRST);
    }

    private static void suites(String key, PolicySet.Engine engine) throws IOException {
        Path root = library();
        LocalSnapshot source = LocalSnapshot.of(root);
        int passed = 0;
        int total = 0;
        int skipped = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files(root, "suite.yaml")) {
            String rel = root.relativize(file).toString();
            Suite suite;
            try {
                suite = SuiteReader.read(source, rel);
            } catch (GatorException e) {
                total++;
                failures.add(rel + ": " + e.getMessage());
                continue;
            }
            SuiteResult result = SuiteRunner.run(source, suite, engine);
            for (int i = 0; i < suite.tests().size(); i++) {
                Suite.Test test = suite.tests().get(i);
                TestResult tr = result.tests().get(i);
                int cases = test.invalid() ? 1 : test.cases().size();
                if (tr.skipped()) {
                    skipped += cases;
                    failures.add("skipped " + rel + " " + test.name() + ": skip: true in the suite");
                    continue;
                }
                if (tr.error() != null) {
                    total += cases;
                    failures.add(rel + " " + test.name() + ": " + tr.error());
                    continue;
                }
                if (test.invalid()) {
                    total++;
                    passed++;
                    continue;
                }
                for (Results.CaseResult c : tr.cases()) {
                    if (c.skipped()) {
                        skipped++;
                        failures.add("skipped " + rel + " " + test.name() + "/" + c.name() + ": skip: true");
                    } else {
                        total++;
                        if (c.failed()) {
                            failures.add(rel + " " + test.name() + "/" + c.name() + ": " + c.error());
                        } else {
                            passed++;
                        }
                    }
                }
            }
        }
        failures.forEach(f -> System.out.println("conformance " + key + " " + f));
        System.out.printf("conformance %s/gatekeeper-library: %d/%d passed (%d skipped)%n", key, passed, total, skipped);
        assertThat(passed).isGreaterThanOrEqualTo(floor(key));
    }

    @Test
    void gatekeeperLibrary_templatesCompile() throws IOException {
        Path root = library();
        LocalSnapshot source = LocalSnapshot.of(root);
        int passed = 0;
        int total = 0;
        for (Path file : files(root, "template.yaml")) {
            total++;
            try {
                List<KubeObject> objects = ObjectFiles.read(source, root.relativize(file).toString());
                PolicySet.of(objects);
                passed++;
            } catch (GatorException | PolicyException | RuntimeException e) {
                System.out.println("conformance gatekeeper-templates " + root.relativize(file) + ": " + e.getMessage());
            }
        }
        System.out.printf("conformance gatekeeper-templates/gatekeeper-library: %d/%d passed (0 skipped)%n",
                passed, total);
        assertThat(passed).isGreaterThanOrEqualTo(floor("gatekeeper-templates"));
    }

    private static List<Path> files(Path root, String name) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals(name)).sorted().toList();
        }
    }

    private static int floor(String key) throws IOException {
        Properties p = new Properties();
        try (InputStream in = GatekeeperSuiteConformanceTest.class.getResourceAsStream("/conformance-floors.properties")) {
            p.load(in);
        }
        return Integer.parseInt(p.getProperty(key, "0").trim());
    }
}
