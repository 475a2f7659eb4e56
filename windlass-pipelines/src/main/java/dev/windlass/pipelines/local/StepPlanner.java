package dev.windlass.pipelines.local;

import dev.windlass.pipelines.model.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a step (template merged, substitution done) into a {@link StepPlan}: a {@code script} is
 * written to the run's scripts directory and run by its {@code #!} interpreter, or by the shell
 * after Tekton's {@code #!/bin/sh} / {@code set -e} preamble (a {@code #!} naming {@code sh} or
 * {@code ash} also means the executor's shell); {@code command} and {@code args} run directly.
 * Container paths are rewritten and {@code $(VAR)} references expanded.
 */
final class StepPlanner {

    static final String PREAMBLE = "#!/bin/sh\nset -e\n";
    private static final java.util.Set<String> SHELLS = java.util.Set.of("/bin/sh", "/bin/ash", "/usr/bin/sh");
    private static final java.util.Set<String> SHELL_NAMES = java.util.Set.of("sh", "ash");

    private final RunDirectory dir;
    private final StepEnvironment environment;
    private final Path shell;

    StepPlanner(RunDirectory dir, StepEnvironment environment, Path shell) {
        this.dir = dir;
        this.environment = environment;
        this.shell = shell;
    }

    static String stepName(Step step, int index) {
        return step.name() == null || step.name().isEmpty() ? "unnamed-" + index : step.name();
    }

    StepPlan plan(Step step, String name, String kind, int index, Mounts mounts) throws IOException {
        if (step.ref().isPresent()) {
            throw new LocalFailure(LocalFailure.VALIDATION, kind + " \"" + name + "\" refers to StepAction \""
                    + step.ref().get() + "\", which was not inlined before the task ran: pass the StepAction with "
                    + "the run's files");
        }
        Map<String, String> declared = environment.declared(step.env(), mounts);
        List<String> args = rewritten(step.args(), declared, mounts);
        List<String> argv = new ArrayList<>();
        if (step.script() != null && !step.script().isEmpty()) {
            argv.addAll(script(mounts.rewrite(step.script()), kind + "-" + index + "-" + name));
            argv.addAll(args);
        } else if (!step.command().isEmpty()) {
            argv.addAll(rewritten(step.command(), declared, mounts));
            argv.addAll(args);
        } else {
            throw new LocalFailure(LocalFailure.VALIDATION, kind + " \"" + name + "\" has neither script nor "
                    + "command; the local executor runs no image, so it cannot use the image's entrypoint: "
                    + "add a command or a script");
        }
        return new StepPlan(name, step.image(), argv, environment.full(declared),
                workingDir(mounts.rewrite(step.workingDir()), name), step.onError(), step.timeout(), step.results(),
                outputFile(step, "stdoutConfig", mounts), outputFile(step, "stderrConfig", mounts));
    }

    private Optional<Path> outputFile(Step step, String field, Mounts mounts) throws IOException {
        Optional<String> path = step.container().getMap(field).flatMap(c -> c.getText("path"))
                .filter(p -> !p.isEmpty());
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Path file = dir.workspaceDir().resolve(mounts.rewrite(path.get())).normalize();
        if (file.startsWith(dir.root())) {
            Files.createDirectories(file.getParent());
        }
        return Optional.of(file);
    }

    private List<String> rewritten(List<String> values, Map<String, String> declared, Mounts mounts) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(mounts.rewrite(EnvExpansion.expand(v, declared))));
        return out;
    }

    private List<String> script(String body, String fileName) throws IOException {
        Path file = dir.scriptsDir().resolve(fileName);
        boolean shebang = body.startsWith("#!");
        Files.writeString(file, shebang ? body : PREAMBLE + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> argv = new ArrayList<>();
        if (shebang) {
            argv.addAll(interpreter(body.lines().findFirst().orElse("#!").substring(2).strip()));
        } else {
            argv.add(shell.toString());
        }
        argv.add(file.toString());
        return argv;
    }

    /**
     * The command line of a {@code #!} line, as the kernel splits it (the interpreter and at most one
     * argument). A POSIX shell asked for by name ({@code /bin/sh}, {@code /bin/ash},
     * {@code /usr/bin/env sh|ash}) is this executor's shell, since the images Tekton's examples use
     * have busybox's shell there.
     */
    private List<String> interpreter(String line) {
        int space = indexOfSpace(line);
        String program = space < 0 ? line : line.substring(0, space);
        String argument = space < 0 ? "" : line.substring(space).strip();
        boolean posixShell = SHELLS.contains(program) && argument.isEmpty()
                || "/usr/bin/env".equals(program) && SHELL_NAMES.contains(argument);
        if (posixShell) {
            return List.of(shell.toString());
        }
        return argument.isEmpty() ? List.of(program) : List.of(program, argument);
    }

    private static int indexOfSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private Path workingDir(String workingDir, String name) throws IOException {
        Path path = dir.workspaceDir();
        if (workingDir != null && !workingDir.isEmpty()) {
            path = path.resolve(workingDir).normalize();
        }
        if (path.startsWith(dir.root())) {
            Files.createDirectories(path);
        } else if (!Files.isDirectory(path)) {
            throw new LocalFailure(LocalFailure.VALIDATION, "\"" + name + "\" has workingDir " + path + ", which is "
                    + "not a directory on this host: use a path under /workspace or a workspace's path");
        }
        return path;
    }
}
