package dev.windlass.pipelines.run;

import dev.windlass.model.Result;
import dev.windlass.model.tree.MapNode;

/**
 * Writes a {@link RunState} as the run object with a Tekton-shaped {@code status} (conditions,
 * startTime, completionTime, childReferences, results, skippedTasks, plus Windlass's own record of
 * each child in {@code status.windlass}) and reads it back.
 */
public final class RunStateCodec {

    private RunStateCodec() {
    }

    public static MapNode write(RunState state) {
        throw new UnsupportedOperationException("not written yet");
    }

    public static Result<RunState> read(MapNode object) {
        throw new UnsupportedOperationException("not written yet");
    }
}
