package dev.windlass.pipelines.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The seed scenario's Git repositories for a test: examples/tekton-cicd/setup-repos.sh makes the
 * application and GitOps repositories as local bare repositories, and {@link #environment()} points
 * the GitHub URLs the Pipeline uses at them through git's {@code url.<base>.insteadOf}, passed as
 * {@code GIT_CONFIG_COUNT/KEY/VALUE} environment variables.
 */
final class SeedRepos {

    static final String APP_URL = "https://github.com/company/app.git";
    static final String GITOPS_URL = "https://github.com/company/gitops-configs";

    private final Path dir;
    private final String commit;

    private SeedRepos(Path dir, String commit) {
        this.dir = dir;
        this.commit = commit;
    }

    /** True when a {@code git} command runs on this machine. */
    static boolean gitAvailable() {
        try {
            return run(Path.of("."), List.of("git", "--version")).startsWith("git version");
        } catch (IOException e) {
            return false;
        }
    }

    /** The examples/tekton-cicd folder, found above the working directory. */
    static Path example() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/tekton-cicd"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("examples/tekton-cicd not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples/tekton-cicd");
    }

    /** Runs setup-repos.sh into {@code dir}; the application's commit is what the script prints. */
    static SeedRepos create(Path dir) throws IOException {
        Files.createDirectories(dir);
        String out = run(dir, List.of("sh", example().resolve("setup-repos.sh").toString(), dir.toString()));
        return new SeedRepos(dir, out.strip());
    }

    /** The application's commit on main. */
    String commit() {
        return commit;
    }

    Path app() {
        return dir.resolve("app.git");
    }

    Path gitops() {
        return dir.resolve("gitops-configs.git");
    }

    /** The environment that sends the Pipeline's GitHub URLs to the local repositories. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_COUNT", "2");
        env.put("GIT_CONFIG_KEY_0", "url." + app() + ".insteadOf");
        env.put("GIT_CONFIG_VALUE_0", APP_URL);
        env.put("GIT_CONFIG_KEY_1", "url." + gitops() + ".insteadOf");
        env.put("GIT_CONFIG_VALUE_1", GITOPS_URL);
        return env;
    }

    /** Commits {@code content} as {@code file} on the application's main branch; returns the new commit. */
    String commitToApp(String file, String content) throws IOException {
        Path work = dir.resolve("app-change");
        run(dir, List.of("git", "clone", "-q", app().toString(), work.toString()));
        Files.writeString(work.resolve(file), content);
        run(work, List.of("git", "add", file));
        run(work, List.of("git", "-c", "user.name=Example Developer", "-c", "user.email=dev@company.com",
                "-c", "commit.gpgSign=false", "commit", "-q", "-m", "Add " + file));
        run(work, List.of("git", "push", "-q", "origin", "HEAD:main"));
        return run(work, List.of("git", "rev-parse", "HEAD")).strip();
    }

    /** A file of the GitOps repository's main branch. */
    String gitopsFile(String path) throws IOException {
        return run(dir, List.of("git", "--git-dir", gitops().toString(), "show", "main:" + path));
    }

    /** The subject of the GitOps repository's newest commit on main. */
    String gitopsSubject() throws IOException {
        return run(dir, List.of("git", "--git-dir", gitops().toString(), "log", "-1", "--format=%s", "main")).strip();
    }

    /** Runs a command in {@code dir}; its standard output, or an exception naming it and its output. */
    static String run(Path dir, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(false);
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] err;
        byte[] out;
        try {
            out = process.getInputStream().readAllBytes();
            err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command + " did not finish in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(command + " exited " + process.exitValue() + ": "
                    + new String(err, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
