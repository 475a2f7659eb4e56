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

/** {@code windlass rego eval|test|check} with evaluation: what {@code opa} prints for the same files. */
class RegoEndToEndTest {
    private static final String POLICY = """
            package authz
            import rego.v1
            default allow := false
            allow if input.user == data.admins[_]
            greeting := sprintf("hello %s", [input.user])
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int runWithStdin(String stdin, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "rego";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(all, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String... args) {
        return runWithStdin("", args);
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

    private Path policyDir() throws IOException {
        write("policy/authz.rego", POLICY);
        write("policy/data.json", "{\"admins\": [\"alice\"]}");
        return dir.resolve("policy");
    }

    @Test
    void eval_printsOpasJsonResult() {
        assertThat(run("eval", "1 + 1")).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo("""
                {
                  "result": [
                    {
                      "expressions": [
                        {
                          "value": 2,
                          "text": "1 + 1",
                          "location": {
                            "row": 1,
                            "col": 1
                          }
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void eval_decisionWithDataAndInputFile() throws IOException {
        Path input = write("input.json", "{\"user\": \"alice\"}");

        assertThat(run("eval", "-d", policyDir().toString(), "-i", input.toString(), "-f", "pretty", "data.authz.allow"))
                .as(stderr()).isZero();
        assertThat(stdout()).isEqualTo("true\n");
    }

    @Test
    void eval_inputFromStandardInputAndRawOutput() throws IOException {
        assertThat(runWithStdin("{\"user\": \"bob\"}", "eval", "-d", policyDir().toString(), "-I", "-f", "raw",
                "data.authz.greeting")).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo("hello bob\n");
    }

    @Test
    void eval_queryFromStandardInput() {
        assertThat(runWithStdin("2 * 3", "eval", "--stdin", "-f", "values")).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo("[\n  6\n]\n");
    }

    @Test
    void eval_bindingsTableWithPretty() {
        assertThat(run("eval", "-f", "pretty", "x := [1, 2][_]")).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo("""
                ┌───┐
                │ x │
                ├───┤
                │ 1 │
                │ 2 │
                └───┘
                """);
    }

    @Test
    void eval_undefinedIsEmptyJsonAndFailMakesItExitOne() throws IOException {
        Path policy = policyDir();

        assertThat(run("eval", "-d", policy.toString(), "data.authz.nothing")).isZero();
        assertThat(stdout()).isEqualTo("{}\n");
        assertThat(run("eval", "--fail", "-d", policy.toString(), "data.authz.nothing")).isEqualTo(1);
        assertThat(run("eval", "--fail-defined", "-d", policy.toString(), "data.authz.allow")).isEqualTo(1);
        assertThat(run("eval", "--fail", "-d", policy.toString(), "data.authz.allow")).isZero();
    }

    @Test
    void eval_directoryDataLandsUnderItsPath() throws IOException {
        write("tree/a/b/data.yaml", "x: 1\n");

        assertThat(run("eval", "-d", dir.resolve("tree").toString(), "-f", "raw", "data.a.b.x")).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo("1\n");
    }

    @Test
    void eval_errorIsReportedAsOpaDoes() throws IOException {
        Path bad = write("conflict.rego", "package c\nimport rego.v1\np := 1 if true\np := 2 if true\n");

        assertThat(run("eval", "-f", "pretty", "-d", bad.toString(), "data.c.p")).isEqualTo(1);
        assertThat(stderr()).startsWith("1 error occurred: " + bad + ":").contains("eval_conflict_error");
    }

    @Test
    void eval_printGoesToStandardError() {
        assertThat(run("eval", "-f", "raw", "print(\"note\")")).as(stderr()).isZero();
        assertThat(stderr()).isEqualTo("note\n");
    }

    @Test
    void test_allPassingPrintsTheCount() throws IOException {
        policyDir();
        write("policy/authz_test.rego", """
                package authz_test
                import rego.v1
                import data.authz
                test_admin if authz.allow with input as {"user": "alice"}
                test_other if not authz.allow with input as {"user": "bob"}
                """);

        assertThat(run("test", dir.resolve("policy").toString())).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo("PASS: 2/2\n");
    }

    @Test
    void test_failureIsListedAndExitsOne() throws IOException {
        Path test = write("p_test.rego", "package p\nimport rego.v1\ntest_ok if true\ntest_bad if 1 == 2\n");

        assertThat(run("test", test.toString())).isEqualTo(1);
        assertThat(stdout()).startsWith(test + ":\ndata.p.test_bad: FAIL (")
                .endsWith("-".repeat(80) + "\nPASS: 1/2\nFAIL: 1/2\n");
    }

    @Test
    void test_verboseAndRunFilter() throws IOException {
        Path test = write("p_test.rego", "package p\nimport rego.v1\ntest_one if true\ntest_two if true\n");

        assertThat(run("test", "-v", "--run", "two", test.toString())).isZero();
        assertThat(stdout()).startsWith(test + ":\ndata.p.test_two: PASS (").endsWith("PASS: 1/1\n");
    }

    @Test
    void test_skippedTestsExitOneUnlessZ() throws IOException {
        Path test = write("p_test.rego", "package p\nimport rego.v1\ntest_ok if true\ntodo_test_x if false\n");

        assertThat(run("test", test.toString())).isEqualTo(1);
        assertThat(stdout()).contains("data.p.todo_test_x: SKIPPED\n").endsWith("PASS: 1/2\nSKIPPED: 1/2\n");
        assertThat(run("test", "-z", test.toString())).isZero();
    }

    @Test
    void test_compileErrorIsPrintedOnStderr() throws IOException {
        Path test = write("p_test.rego", "package p\nimport rego.v1\ntest_unsafe if { x > 1 }\n");

        assertThat(run("test", test.toString())).isEqualTo(1);
        assertThat(stderr()).startsWith("1 error occurred: " + test + ":3: ");
    }

    @Test
    void check_cleanModulesPrintNothing() throws IOException {
        assertThat(run("check", policyDir().toString())).as(stderr()).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEmpty();
    }

    @Test
    void check_compileErrorsAreListed() throws IOException {
        Path bad = write("bad.rego", "package p\nimport rego.v1\nallow if { x > 1 }\n");

        assertThat(run("check", bad.toString())).isEqualTo(1);
        assertThat(stderr()).startsWith("1 error occurred: " + bad + ":3: rego_unsafe_var_error: var x is unsafe");
    }
}
