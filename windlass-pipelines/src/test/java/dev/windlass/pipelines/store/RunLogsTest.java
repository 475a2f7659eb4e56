package dev.windlass.pipelines.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogsTest {

    @TempDir
    Path root;

    @Test
    void read_givesEachStepsLinesTogetherInTheOrderStepsFirstWrote() {
        RunLogs logs = new RunLogs(root, "ci", "build-1");
        logs.log("build-1-fetch", "fetch", "clone", "cloning", false);
        logs.log("build-1-lint", "lint", "vet", "vetting", false);
        logs.log("build-1-fetch", "fetch", "clone", "warning: shallow", true);
        logs.log("build-1-fetch", "fetch", "checkout", "at abc123", false);

        assertThat(RunLogs.read(root, "ci", "build-1")).containsExactly(
                new LogLine("build-1-fetch", "fetch", "clone", "cloning"),
                new LogLine("build-1-fetch", "fetch", "clone", "warning: shallow"),
                new LogLine("build-1-lint", "lint", "vet", "vetting"),
                new LogLine("build-1-fetch", "fetch", "checkout", "at abc123"));
        assertThat(root.resolve("runs/ci/build-1/logs/build-1-fetch/clone.log"))
                .hasContent("cloning\nwarning: shallow");
    }

    @Test
    void read_ofARunWithoutLogs_isEmpty() {
        assertThat(RunLogs.read(root, "ci", "nothing")).isEmpty();
    }

    @Test
    void taskRunLogs_withoutPipelineTask_keepAnEmptyName() {
        new RunLogs(root, "", "unit-tests").log("unit-tests", "", "test", "ok", false);

        assertThat(RunLogs.read(root, "default", "unit-tests"))
                .containsExactly(new LogLine("unit-tests", "", "test", "ok"));
    }
}
