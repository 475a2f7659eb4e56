package dev.windlass.cli.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.server.LocalApiServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** What the commands send to the server, the endpoint file, and the delete confirmation. */
class AppCommandTest {

    @TempDir
    Path home;

    private FixtureApplications fake;
    private LocalApiServer server;
    private final List<String> questions = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        fake = FixtureApplications.load();
        server = LocalApiServer.start(fake);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(Confirmation confirmation, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppCommand app = new AppCommand(Map.of(), home.resolve("endpoint.json"), confirmation);
        int exit = new CommandLine(app).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", server.url(), "--auth-token", server.endpoint().token()));
        return run(noTerminal(), all.toArray(String[]::new));
    }

    private static Confirmation noTerminal() {
        return new Confirmation() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public boolean confirm(String question) {
                throw new AssertionError("asked without a terminal: " + question);
            }
        };
    }

    private Confirmation answering(boolean yes) {
        return new Confirmation() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public boolean confirm(String question) {
                questions.add(question);
                return yes;
            }
        };
    }

    @Test
    void sync_sendsPruneDryRunAndRevision() {
        Run run = run("sync", "guestbook", "--prune", "--dry-run", "--revision", "v2.0.1");

        assertThat(run.exit()).isZero();
        assertThat(fake.calls).containsExactly("sync guestbook SyncRequest[prune=true, dryRun=true, revision=v2.0.1]");
    }

    @Test
    void rollback_withoutId_rollsBackToTheDeploymentBeforeTheLast() {
        assertThat(run("rollback", "guestbook").exit()).isZero();

        assertThat(fake.calls).containsExactly("get guestbook", "rollback guestbook 0");
    }

    @Test
    void rollback_withoutId_andOneDeployment_saysToGiveAnId() {
        Run run = run("rollback", "team-a/podinfo");

        assertThat(run.exit()).isEqualTo(AppCommand.FAILED);
        assertThat(run.err()).contains("should have at least two successful deployments; give a history ID");
        assertThat(fake.calls).containsExactly("get team-a/podinfo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"--cascade=false, false", "--cascade, true", "-y, true", "--cascade=true -y, true"})
    void delete_passesCascade(String flags, boolean cascade) {
        List<String> args = new ArrayList<>(List.of("delete", "guestbook"));
        args.addAll(List.of(flags.split(" ")));
        if (cascade && !args.contains("-y")) {
            args.add("-y");
        }

        assertThat(run(args.toArray(String[]::new)).exit()).isZero();
        assertThat(fake.calls).containsExactly("delete guestbook cascade=" + cascade);
    }

    @Test
    void delete_onATerminal_asksFirst_andDeletesOnYes() {
        Run run = run(answering(true), "delete", "guestbook", "--server", server.url(), "--auth-token",
                server.endpoint().token());

        assertThat(questions).containsExactly("Are you sure you want to delete 'guestbook' and all its resources? [y/n] ");
        assertThat(run.out()).isEqualTo("application 'guestbook' deleted\n");
        assertThat(fake.calls).containsExactly("delete guestbook cascade=true");
    }

    @Test
    void delete_onATerminal_answeredNo_deletesNothing() {
        Run run = run(answering(false), "delete", "guestbook", "--server", server.url(), "--auth-token",
                server.endpoint().token());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("The command to delete 'guestbook' was cancelled.\n");
        assertThat(fake.calls).isEmpty();
    }

    @Test
    void withoutServerOptions_theEndpointFileThatWindlassUpWrote_isUsed() throws IOException {
        server.endpoint().write(home.resolve("endpoint.json"));

        Run run = run(noTerminal(), "list", "-o", "name");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("argocd/guestbook\n");
    }

    @Test
    void withoutServerOptionsOrEndpointFile_saysWindlassUpIsNotRunning() {
        Run run = run(noTerminal(), "list");

        assertThat(run.exit()).isEqualTo(AppCommand.FAILED);
        assertThat(run.err()).startsWith("windlass app list: windlass up is not running: " + home.resolve("endpoint.json"))
                .contains("start it with 'windlass up'");
        assertThat(fake.calls).isEmpty();
    }

    @Test
    void serverWithoutToken_takesTheTokenOfTheEndpointFileForTheSameUrl() throws IOException {
        server.endpoint().write(home.resolve("endpoint.json"));

        Run run = run(noTerminal(), "get", "guestbook", "--server", server.url() + "/", "-o", "json");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"name\": \"guestbook\"");
    }
}
