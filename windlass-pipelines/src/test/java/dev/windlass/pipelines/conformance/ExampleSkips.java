package dev.windlass.pipelines.conformance;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an example of the Tekton corpus is not run on the host: it needs a cluster, a container image's
 * own binaries or entrypoint, or an interpreter beyond a POSIX shell and bash. Decided per file from
 * its steps (images, scripts, volumes); every entry says what the file needs.
 */
final class ExampleSkips {

    private static final Pattern SHEBANG = Pattern.compile("#!\\s*(?:/usr/bin/env\\s+)?(?:\\S*/)?([A-Za-z0-9_.+-]+)");

    /** Interpreters a host running Windlass is assumed to have. */
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash");

    /** Files that need what a host process cannot give, by their path under examples/v1/. */
    private static final Map<String, String> NEEDS = Map.ofEntries(
            Map.entry("pipelineruns/pipelinerun.yaml",
                    "needs the git-clone image's /ko-app/git-init binary, the kaniko image builder, network access"
                            + " to github.com and a ClusterRoleBinding"),
            Map.entry("pipelineruns/pipelinerun-with-final-tasks.yaml",
                    "needs the git-clone image's /ko-app/git-init binary and network access to github.com"),
            Map.entry("taskruns/creds-init-only-mounts-provided-credentials.yaml",
                    "needs a cluster: Tekton's creds-init writes the ServiceAccount's annotated SSH Secret to"
                            + " $HOME/.ssh; also BusyBox's ash"),
            Map.entry("taskruns/steps-run-in-order.yaml",
                    "its steps have only args and rely on the busybox image's entrypoint (sh)"));

    private ExampleSkips() {
    }

    /** Why {@code file} (its path under examples/v1/, its text) is not run, or empty to run it. */
    static Optional<String> reason(String file, String text) {
        String need = NEEDS.get(file);
        if (need != null) {
            return Optional.of(need);
        }
        Set<String> interpreters = interpreters(text);
        interpreters.removeAll(SHELLS);
        interpreters.removeIf(ExampleSkips::onPath);
        if (!interpreters.isEmpty()) {
            return Optional.of("its scripts need " + String.join(", ", interpreters)
                    + ", not installed on this host");
        }
        if (runsAsRoot() && text.contains("readOnly: true")) {
            return Optional.of("checks a readOnly workspace, and root writes through file permissions"
                    + " (run the suite as a normal user to cover it)");
        }
        return Optional.empty();
    }

    /** Whether a command of that name is on the host's PATH. */
    static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** The interpreters the {@code #!} lines of the file's scripts name. */
    static Set<String> interpreters(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#!")) {
                continue;
            }
            Matcher m = SHEBANG.matcher(trimmed);
            if (m.lookingAt()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
