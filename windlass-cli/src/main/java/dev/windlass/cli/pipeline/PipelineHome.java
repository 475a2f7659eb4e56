package dev.windlass.cli.pipeline;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where local pipeline runs keep their files, under Windlass's home ({@code $WINDLASS_HOME} or
 * {@code ~/.windlass}): {@code pipelines/runs} (each run's state and logs),
 * {@code pipelines/work} (per-TaskRun directories) and {@code pipelines/volumes} (one directory per
 * claim, shared by the tasks of a run as a PersistentVolumeClaim is).
 */
public record PipelineHome(Path root) {

    /** The home a command uses: {@code --home} when given, else the environment's default. */
    public static PipelineHome of(Path typedHome) {
        return new PipelineHome((typedHome != null ? typedHome : defaultHome(System.getenv(),
                Path.of(System.getProperty("user.home")))).resolve("pipelines"));
    }

    static Path defaultHome(Map<String, String> env, Path userHome) {
        String home = env.get("WINDLASS_HOME");
        return home == null || home.isBlank() ? userHome.resolve(".windlass") : Path.of(home);
    }

    /** The run store's root: it keeps each run in {@code runs/<namespace>/<name>/}. */
    public Path store() {
        return root;
    }

    public Path work() {
        return root.resolve("work");
    }

    public Path volumes() {
        return root.resolve("volumes");
    }
}
