package dev.windlass.cli.pipeline;

import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.RunState;

/** Combines run listeners: the store's log writer and the terminal, say. */
final class Listeners {

    private Listeners() {
    }

    static RunListener both(RunListener first, RunListener second) {
        return new RunListener() {
            @Override
            public void log(String taskRunName, String pipelineTask, String step, String line, boolean stderr) {
                first.log(taskRunName, pipelineTask, step, line, stderr);
                second.log(taskRunName, pipelineTask, step, line, stderr);
            }

            @Override
            public void changed(RunState state) {
                first.changed(state);
                second.changed(state);
            }

            @Override
            public void note(String message) {
                first.note(message);
                second.note(message);
            }
        };
    }

    /** Everything but step logs. */
    static RunListener withoutLogs(RunListener listener) {
        return new RunListener() {
            @Override
            public void changed(RunState state) {
                listener.changed(state);
            }

            @Override
            public void note(String message) {
                listener.note(message);
            }
        };
    }
}
