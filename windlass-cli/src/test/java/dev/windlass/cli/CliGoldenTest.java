package dev.windlass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code windlass} on each case under {@code src/test/resources/golden/<case>/} and compares
 * stdout, stderr and the exit code with {@code expected.out}, {@code expected.err} and
 * {@code expected.exit}. Run with {@code -Dgolden.update=true} to rewrite the expected files from
 * the actual output (then review the diff).
 *
 * <p>A case holds {@code args} (one argument a line; {@code {input}} is the case's {@code input}
 * directory), any input trees, and optionally {@code links} (lines {@code path -> target}: symbolic
 * links created at test time, as Git may not keep them). The case directory is copied to a
 * temporary directory first; its path is printed as {@code <tmp>} in the expected files.
 */
class CliGoldenTest {

    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Set<String> CASE_FILES = Set.of("args", "links", "stdin", "expected.out", "expected.err", "expected.exit");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cli_printsWhatTheGoldenFilesSay(String name, @TempDir Path tmp) throws IOException {
        Path caseDir = GOLDEN.resolve(name);
        Path work = tmp.toRealPath();
        copyInputs(caseDir, work);
        createLinks(caseDir.resolve("links"), work);
        String[] args = arguments(caseDir.resolve("args"), work);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path stdinFile = caseDir.resolve("stdin");
        byte[] stdin = Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0];
        int exit = Main.run(args, new java.io.ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String actualOut = normalise(out.toString(StandardCharsets.UTF_8), work);
        String actualErr = normalise(err.toString(StandardCharsets.UTF_8), work);
        String actualExit = exit + "\n";
        if (UPDATE) {
            Files.writeString(caseDir.resolve("expected.out"), actualOut);
            Files.writeString(caseDir.resolve("expected.err"), actualErr);
            Files.writeString(caseDir.resolve("expected.exit"), actualExit);
            return;
        }
        assertThat(actualOut).as("stdout of %s", name).isEqualTo(expected(caseDir, "expected.out"));
        assertThat(actualErr).as("stderr of %s", name).isEqualTo(expected(caseDir, "expected.err"));
        assertThat(actualExit).as("exit code of %s", name).isEqualTo(expected(caseDir, "expected.exit"));
    }

    private static String expected(Path caseDir, String file) throws IOException {
        Path path = caseDir.resolve(file);
        if (!Files.exists(path)) {
            fail(path + " is missing; run the test with -Dgolden.update=true to write it, then review it");
        }
        return Files.readString(path).replace("\r\n", "\n");
    }

    /** Copies everything of the case but its control files into {@code work}, byte for byte. */
    private static void copyInputs(Path caseDir, Path work) throws IOException {
        try (Stream<Path> files = Files.walk(caseDir)) {
            for (Path source : files.toList()) {
                Path relative = caseDir.relativize(source);
                if (relative.toString().isEmpty() || (relative.getNameCount() == 1 && CASE_FILES.contains(relative.toString()))) {
                    continue;
                }
                Path target = work.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void createLinks(Path links, Path work) throws IOException {
        if (!Files.exists(links)) {
            return;
        }
        for (String line : Files.readAllLines(links)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s*->\\s*", 2);
            Path link = work.resolve(parts[0].trim());
            Files.createDirectories(link.getParent());
            try {
                Files.createSymbolicLink(link, Path.of(parts[1].trim()));
            } catch (UnsupportedOperationException | IOException e) {
                Assumptions.abort("symbolic links are not available here: " + e);
            }
        }
    }

    private static String[] arguments(Path argsFile, Path work) throws IOException {
        List<String> args = new ArrayList<>();
        if (Files.exists(argsFile)) {
            for (String line : Files.readAllLines(argsFile)) {
                if (!line.isEmpty()) {
                    args.add(line.replace("{input}", work.resolve("input").toString()));
                }
            }
        }
        return args.toArray(String[]::new);
    }

    /** Makes output independent of the machine: the temporary directory, line ends and the version. */
    private static String normalise(String text, Path work) {
        return text.replace("\r\n", "\n")
                .replace(work.toString(), "<tmp>")
                .replaceAll("(?m)^windlass (?!:)\\S+$", "windlass <version>");
    }
}
