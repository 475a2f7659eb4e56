package dev.windlass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** How the command reports what it did not expect, and where its output goes. */
class MainTest {

    @Command(name = "windlass", subcommands = Broken.class)
    static final class Top implements Callable<Integer> {
        @Option(names = "--debug", scope = ScopeType.INHERIT)
        boolean debug;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the renderer lost its place");
        }
    }

    @Test
    void unexpectedException_printsOneLineAndExitsOne() {
        Captured run = run("broken");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo(
                "windlass: internal error: the renderer lost its place (run with --debug for details)\n");
    }

    @Test
    void unexpectedException_withDebug_printsTheStackTrace() {
        for (String[] args : new String[][] {{"--debug", "broken"}, {"broken", "--debug"}}) {
            Captured run = run(args);

            assertThat(run.exit).isEqualTo(1);
            assertThat(run.err).startsWith("java.lang.IllegalStateException: the renderer lost its place")
                    .contains("\tat dev.windlass.cli.MainTest$Broken.call");
        }
    }

    @Test
    void run_writesOnlyToTheGivenStreams() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.run(new String[] {"--version"}, new java.io.PrintStream(out), new java.io.PrintStream(err));

        assertThat(exit).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).matches("windlass \\S+\\n");
        assertThat(err.size()).isZero();
    }

    private static Captured run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.configure(new CommandLine(new Top()), new PrintWriter(out), new PrintWriter(err), Help.Ansi.OFF)
                .execute(args);
        return new Captured(exit, out.toString(), err.toString().replace(System.lineSeparator(), "\n"));
    }

    private record Captured(int exit, String out, String err) {
    }
}
