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

    StepPlan plan(Step step, String name, String kind, int index) throws IOException {
        Map<String, String> declared = environment.declared(step.env());
        List<String> args = rewritten(step.args(), declared);
        List<String> argv = new ArrayList<>();
        if (step.script() != null && !step.script().isEmpty()) {
            argv.addAll(script(step.script(), kind + "-" + index + "-" + name));
            argv.addAll(args);
        } else if (!step.command().isEmpty()) {
            argv.addAll(rewritten(step.command(), declared));
            argv.addAll(args);
        } else {
            throw new LocalFailure(LocalFailure.VALIDATION, kind + " \"" + name + "\" has neither script nor "
                    + "command; the local executor runs no image, so it cannot use the image's entrypoint: "
                    + "add a command or a script");
        }
        return new StepPlan(name, step.image(), argv, environment.full(declared), workingDir(step.workingDir()),
                step.onError(), step.timeout(), step.results());
    }

    private List<String> rewritten(List<String> values, Map<String, String> declared) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(dir.rewrite(EnvExpansion.expand(v, declared))));
        return out;
    }

    private List<String> script(String text, String fileName) throws IOException {
        String body = dir.rewrite(text);
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

    private Path workingDir(String workingDir) throws IOException {
        Path path = dir.workspaceDir();
        if (workingDir != null && !workingDir.isEmpty()) {
            path = path.resolve(dir.rewrite(workingDir)).normalize();
        }
        Files.createDirectories(path);
        return path;
    }
}
