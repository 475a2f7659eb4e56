package dev.windlass.pipelines.local;

import dev.windlass.pipelines.model.OnError;
import dev.windlass.pipelines.model.ResultSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step or sidecar ready to start on the host: its command line, environment and directory, and
 * the files its {@code stdoutConfig} / {@code stderrConfig} copy its output to.
 */
record StepPlan(String name, String image, List<String> argv, Map<String, String> env, Path workingDir,
        OnError onError, Optional<Duration> timeout, List<ResultSpec> results, Optional<Path> stdoutFile,
        Optional<Path> stderrFile) {

    StepPlan {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
        results = List.copyOf(results);
    }

    StepPlan withArgv(List<String> newArgv, Map<String, String> newEnv) {
        return new StepPlan(name, image, newArgv, newEnv, workingDir, onError, timeout, results, stdoutFile,
                stderrFile);
    }
}
