package dev.windlass.cli.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code windlass rego …}: options, loading and error reporting, up to (not including) evaluation. */
class RegoCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return runWithStdin("", args);
    }

    private int runWithStdin(String stdin, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "rego";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(all, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void rego_withoutCommandListsTheCommands() {
        assertThat(run()).isEqualTo(2);
        assertThat(stderr()).contains("missing command").contains("eval").contains("test").contains("check");
    }

    @Test
    void eval_withoutQueryIsAUsageError() {
        assertThat(run("eval")).isEqualTo(2);
        assertThat(stderr()).contains("specify query argument or --stdin");
    }

    @Test
    void eval_failAndFailDefinedTogetherIsAUsageError() {
        assertThat(run("eval", "--fail", "--fail-defined", "true")).isEqualTo(2);
        assertThat(stderr()).contains("specify --fail or --fail-defined but not both");
    }

    @Test
    void eval_inputFileAndStdinInputTogetherIsAUsageError() {
        assertThat(run("eval", "-I", "-i", "x.json", "input")).isEqualTo(2);
        assertThat(stderr()).contains("specify --stdin-input or --input but not both");
    }

    @Test
    void eval_badTimeoutIsAUsageError() {
        assertThat(run("eval", "--timeout", "soon", "true")).isEqualTo(2);
        assertThat(stderr()).contains("like 5s, 250ms or 1m30s");
    }

    @Test
    void eval_unknownFormatIsAUsageError() {
        assertThat(run("eval", "-f", "yaml", "true")).isEqualTo(2);
        assertThat(stderr()).contains("json, values, bindings, pretty, raw");
    }

    @Test
    void eval_parseErrorIsPrintedAsJsonErrorsByDefault() throws IOException {
        Path bad = write("bad.rego", "package p\n\nallow if {\n");

        assertThat(run("eval", "-d", bad.toString(), "data.p.allow")).isEqualTo(1);
        assertThat(stdout()).startsWith("{\n  \"errors\": [\n    {\n      \"details\": {")
                .contains("\"code\": \"rego_parse_error\"").contains("\"file\": \"" + bad + "\"");
    }

    @Test
    void eval_parseErrorIsOpaTextOnStderrWithPretty() throws IOException {
        Path bad = write("bad.rego", "package p\n\nallow if {\n");

        assertThat(run("eval", "-f", "pretty", "-d", bad.toString(), "data.p.allow")).isEqualTo(1);
        assertThat(stderr()).startsWith("1 error occurred: " + bad + ":").contains(": rego_parse_error: ");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void eval_missingDataPathIsReported() {
        assertThat(run("eval", "-d", "nowhere", "true")).isEqualTo(1);
        assertThat(stdout()).isEqualTo("""
                {
                  "errors": [
                    {
                      "message": "stat nowhere: no such file or directory"
                    }
                  ]
                }
                """);
    }

    @Test
    void eval_missingInputFileIsReported() {
        assertThat(run("eval", "-f", "raw", "-i", dir.resolve("none.json").toString(), "input")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("1 error occurred: open " + dir.resolve("none.json") + ": no such file or directory\n");
    }

    @Test
    void eval_unparsableInputIsReported() throws IOException {
        Path input = write("in.json", "{\"a\": [}");

        assertThat(run("eval", "-f", "pretty", "-i", input.toString(), "input")).isEqualTo(1);
        assertThat(stderr()).startsWith("1 error occurred: unable to parse input: ");
    }

    @Test
    void eval_queryParseErrorHasRowAndColumnButNoFile() {
        assertThat(run("eval", "-f", "pretty", "x := ")).isEqualTo(1);
        assertThat(stderr()).startsWith("1 error occurred: 1:").contains("rego_parse_error");
    }

    @Test
    void test_withoutPathIsAUsageError() {
        assertThat(run("test")).isEqualTo(2);
    }

    @Test
    void test_missingPathIsReportedOnStderr() {
        assertThat(run("test", "nowhere")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("1 error occurred: stat nowhere: no such file or directory\n");
    }

    @Test
    void test_badRunExpressionIsAUsageError() throws IOException {
        write("p_test.rego", "package p\ntest_a if { true }\n");

        assertThat(run("test", dir.toString(), "--run", "(")).isEqualTo(2);
        assertThat(stderr()).contains("--run: '(' is not a regular expression");
    }

    @Test
    void test_parseErrorsOfEveryFileAreListed() throws IOException {
        write("a.rego", "package a\np := \n");
        write("b.rego", "package b\nq if {\n");

        assertThat(run("test", dir.toString())).isEqualTo(1);
        assertThat(stderr()).startsWith("2 errors occurred:\n" + dir.resolve("a.rego") + ":");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void check_parseErrorIsPrintedWithTheSourceLine() throws IOException {
        Path bad = write("bad.rego", "package p\n\tx := )\n");

        assertThat(run("check", bad.toString())).isEqualTo(1);
        assertThat(stderr()).startsWith("1 error occurred: " + bad + ":").contains("\n\tx := )\n\t");
    }

    @Test
    void check_ignoresDataFiles() throws IOException {
        write("data.json", "{not json");

        assertThat(run("check", dir.toString())).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEmpty();
    }
}
