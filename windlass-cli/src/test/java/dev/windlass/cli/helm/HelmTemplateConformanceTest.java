package dev.windlass.cli.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.windlass.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs Helm's own {@code helm template} cases ({@code ../shared/corpus/helm/cmd/template-cases.tsv})
 * through {@code windlass helm template} and compares with Helm's goldens byte for byte, as Helm's
 * test harness does: standard output then standard error, together. Chart paths
 * {@code testdata/...} point into the corpus; the command name is the one difference allowed
 * ({@code windlass helm template} where Helm says {@code helm template}). Cases that expect an
 * error must fail with exit code 1. The pass count must stay at or above the floor
 * {@code helm-template} in {@code conformance-floors.properties}.
 */
@Tag("conformance")
class HelmTemplateConformanceTest {

    private static final String SUITE = "helm/template";

    /** The Kubernetes version Helm's command tests pin as the default (the goldens print it). */
    private static final String HELM_TEST_KUBE_VERSION = "1.20.0";

    @Test
    void templateCases_reproduceHelmsGoldensAtLeastTheFloor() throws IOException {
        Path cmd = corpus();
        List<String> lines = Files.readAllLines(cmd.resolve("template-cases.tsv"), StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        int passed = 0;
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            TemplateCase test = new TemplateCase(fields[2], fields[3], fields[4].equals("1"), fields[8]);
            checked++;
            Optional<String> difference = run(cmd, test);
            if (difference.isPresent()) {
                failures.add("'" + test.name() + "' (" + test.command() + "): " + difference.get());
            } else {
                passed++;
            }
        }
        failures.forEach(f -> System.out.println("conformance failure " + SUITE + " " + f));
        String summary = "conformance " + SUITE + ": " + passed + "/" + checked + " passed, 0 skipped";
        System.out.println(summary);
        int floor = Integer.parseInt(floors().getProperty("helm-template", "0").trim());
        assertThat(passed).as("%s (floor helm-template=%d in conformance-floors.properties); failures are listed above",
                summary, floor).isGreaterThanOrEqualTo(floor);
    }

    /** One row of template-cases.tsv. */
    private record TemplateCase(String name, String golden, boolean wantError, String command) {
    }

    /** The first difference from Helm's golden, or empty when Windlass reproduces it. */
    private static Optional<String> run(Path cmd, TemplateCase test) throws IOException {
        List<String> args = new ArrayList<>(List.of("helm"));
        for (String word : ShellWords.split(test.command())) {
            args.add(word.replace("testdata/", cmd + "/"));
        }
        if (args.size() > 2 && !test.command().contains("--kube-version")) {
            // Helm's tests run with the default capabilities pinned to Kubernetes v1.20.0
            args.add("--kube-version");
            args.add(HELM_TEST_KUBE_VERSION);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            exit = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return Optional.of("crashed: " + e);
        }
        String output = (out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
                .replace("windlass helm ", "helm ").replace(cmd + "/", "testdata/");
        if (test.wantError() != (exit != 0)) {
            return Optional.of(test.wantError() ? "Helm fails here, Windlass exited 0"
                    : "Windlass failed (exit " + exit + "): " + abbreviate(output));
        }
        String golden = Files.readString(cmd.resolve(test.golden().replaceFirst("^testdata/", "")), StandardCharsets.UTF_8);
        return golden.equals(output) ? Optional.empty() : Optional.of("output differs: " + firstDifference(golden, output));
    }

    private static String firstDifference(String want, String got) {
        int at = 0;
        while (at < want.length() && at < got.length() && want.charAt(at) == got.charAt(at)) {
            at++;
        }
        int from = Math.max(0, want.lastIndexOf('\n', Math.max(0, at - 1)) + 1);
        return "at character " + at + ", Helm: " + abbreviate(want.substring(from)) + " | Windlass: "
                + abbreviate(got.substring(Math.min(from, got.length())));
    }

    private static String abbreviate(String text) {
        String line = text.replace("\n", "\\n");
        return line.length() > 240 ? line.substring(0, 240) + "…" : line;
    }

    private static Path corpus() {
        String shared = System.getProperty("windlass.shared.dir");
        Optional<Path> dir = Optional.ofNullable(shared).filter(s -> !s.isBlank())
                .map(s -> Path.of(s, "corpus", "helm", "cmd")).filter(Files::isDirectory);
        assumeTrue(dir.isPresent(), "no corpus/helm/cmd under windlass.shared.dir; skipped");
        return dir.get();
    }

    private static Properties floors() {
        Properties properties = new Properties();
        try (InputStream in = HelmTemplateConformanceTest.class.getResourceAsStream("/conformance-floors.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
