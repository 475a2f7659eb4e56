package dev.windlass.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.ast.Module;
import dev.windlass.rego.ast.Rule;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
  * Runs the Gatekeeper library's own Rego unit tests ({@code src/**}/src_test.rego against
  * src.rego and its libs), as {@code opa test} would: every {@code test_*} rule must be true.
  */
@Tag("conformance")
class RegoGatekeeperSrcConformanceTest {
    @Test
    void gatekeeperLibrarySrcTests_pass() throws IOException {
        String shared = System.getProperty("windlass.shared.dir");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no shared corpus");
        Path root = Path.of(shared, "corpus", "gatekeeper-library", "src");
        Assumptions.assumeTrue(Files.isDirectory(root));
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(root)) {
            dirs = walk.filter(p -> Files.isRegularFile(p.resolve("src_test.rego"))).sorted().toList();
        }
        int passed = 0;
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (Path dir : dirs) {
            String rel = root.relativize(dir).toString();
            Rego rego;
            List<String> tests = new ArrayList<>();
            String pkg = null;
            try {
                Rego.Builder b = Rego.builder();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".rego")).sorted().toList()) {
                        Module m = RegoParser.parse(rel + "/" + f.getFileName(), Files.readString(f));
                        b.module(m);
                        if (f.getFileName().toString().equals("src_test.rego")) {
                            pkg = packageName(m);
                            tests.addAll(testNames(m));
                        }
                    }
                }
                rego = b.build();
            } catch (RegoParseException | RegoCompileException e) {
                total++;
                failures.add("conformance failure rego-eval/gatekeeper-src " + rel + ": " + e.getMessage().replace('\n', ' '));
                continue;
            }
            for (String test : tests) {
                total++;
                String where = rel + "#" + test;
                try {
                    QueryResult r = rego.prepare("data." + pkg + "." + test).eval((Value) null);
                    if (!r.isUndefined() && BoolValue.TRUE.equals(r.solutions().get(0).expressions().get(0))) {
                        passed++;
                    } else {
                        failures.add("conformance failure rego-eval/gatekeeper-src " + where + ": "
                                + (r.isUndefined() ? "undefined" : r.solutions().get(0).expressions().get(0)));
                    }
                } catch (RegoParseException | RegoCompileException | RegoEvalException | RuntimeException e) {
                    failures.add("conformance failure rego-eval/gatekeeper-src " + where + ": " + e.getMessage());
                }
            }
        }
        failures.forEach(System.out::println);
        System.out.printf("conformance rego-eval/gatekeeper-src: %d/%d passed (0 skipped)%n", passed, total);
        assertThat(passed).isGreaterThanOrEqualTo(floor("rego-eval-gatekeeper-src"));
    }

    private static String packageName(Module m) {
        StringBuilder sb = new StringBuilder(((Term.Var) m.pkg().path().head()).name());
        for (Term t : m.pkg().path().path()) {
            sb.append('.').append(((Term.Str) t).value());
        }
        return sb.toString();
    }

    private static List<String> testNames(Module m) {
        Set<String> out = new LinkedHashSet<>();
        for (Rule r : m.rules()) {
            if (r.head().name().startsWith("test_") && r.head().args().isEmpty()) {
                out.add(r.head().name());
            }
        }
        return new ArrayList<>(out);
    }

    private static int floor(String key) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RegoGatekeeperSrcConformanceTest.class.getResourceAsStream("/conformance-floors.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return Integer.parseInt(p.getProperty(key, "0"));
    }
}
