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
 * after Tekton's {@code #!/bin/sh} / {@code set -e} preamble; {@code command} and {@code args} run
 * directly. Container paths are rewritten and {@code $(VAR)} references expanded.
 */
final class StepPlanner {

    static final String PREAMBLE = "#!/bin/sh\nset -e\n";

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
            String line = body.lines().findFirst().orElse("#!").substring(2).strip();
            int space = indexOfSpace(line);
            argv.add(space < 0 ? line : line.substring(0, space));
            if (space >= 0 && !line.substring(space).isBlank()) {
                argv.add(line.substring(space).strip());
            }
        } else {
            argv.add(shell.toString());
        }
        argv.add(file.toString());
        return argv;
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
