package dev.windlass.pipelines.run;

/**
 * Receives what a run does as it happens: log lines per task and step, and state changes. Called
 * from executor threads; implementations must be thread-safe.
 */
public interface RunListener {

    /** Ignores everything. */
    RunListener NONE = new RunListener() {
    };

    /** A line a step wrote ({@code stderr} when it came from standard error). */
    default void log(String taskRunName, String pipelineTask, String step, String line, boolean stderr) {
    }

    /** The run's state changed (a task started or finished, the run ended). */
    default void changed(RunState state) {
    }

    /** A note for the user (a warning such as "images are ignored by the local executor"). */
    default void note(String message) {
    }
}
