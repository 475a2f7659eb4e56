package dev.windlass.cli.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.windlass.cli.Main;
import dev.windlass.server.LocalApiServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code windlass} on each case under {@code src/test/resources/app-golden/<case>/} against a real
 * {@link LocalApiServer} over the fixture applications (a fresh one per case), and compares stdout,
 * stderr and the exit code with {@code expected.out}, {@code expected.err} and {@code expected.exit}.
 * {@code args} holds one argument a line; {@code --server} and {@code --auth-token} of the test server
 * are appended unless the case gives {@code --server}. The server's URL prints as {@code <server>}.
 * Run with {@code -Dgolden.update=true} to rewrite the expected files (then review the diff).
 */
class AppGoldenTest {

    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "app-golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(d -> Files.exists(d.resolve("args"))).map(d -> d.getFileName().toString()).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void app_printsWhatTheGoldenFilesSay(String name) throws IOException {
        Path caseDir = GOLDEN.resolve(name);
        try (LocalApiServer server = LocalApiServer.start(FixtureApplications.load())) {
            List<String> args = new ArrayList<>(Files.readAllLines(caseDir.resolve("args")).stream()
                    .filter(l -> !l.isEmpty()).toList());
            if (!args.contains("--server")) {
                args.addAll(List.of("--server", server.url(), "--auth-token", server.endpoint().token()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            check(caseDir, "expected.out", out.toString(StandardCharsets.UTF_8).replace(server.url(), "<server>"));
            check(caseDir, "expected.err", err.toString(StandardCharsets.UTF_8).replace(server.url(), "<server>"));
            check(caseDir, "expected.exit", exit + "\n");
        }
    }

    private static void check(Path caseDir, String file, String actual) throws IOException {
        String text = actual.replace("\r\n", "\n");
        Path path = caseDir.resolve(file);
        if (UPDATE) {
            Files.writeString(path, text);
            return;
        }
        if (!Files.exists(path)) {
            fail(path + " is missing; run the test with -Dgolden.update=true to write it, then review it");
        }
        assertThat(text).as("%s of %s", file, caseDir.getFileName()).isEqualTo(Files.readString(path).replace("\r\n", "\n"));
    }
}
