package dev.windlass.engine.sync;

import dev.windlass.model.ResourceKey;
import java.util.List;
import java.util.Objects;

/** What a controller does next in a sync operation, as {@link SyncProgress#next} decides it. */
public sealed interface SyncStep permits SyncStep.Run, SyncStep.Wait, SyncStep.Done {

    /**
     * Execute these tasks (all of one phase and wave, or the SyncFail hooks), prunes first, then
     * record each task's state: RUNNING after a successful apply/create, SUCCEEDED after a delete
     * (or RUNNING to have the machine wait until the object is gone), FAILED with the error.
     */
    record Run(List<SyncTask> tasks) implements SyncStep {
        public Run {
            tasks = List.copyOf(tasks);
        }
    }

    /** Nothing to execute yet: re-evaluate later (after health changes). {@code reason} is Argo CD's wording. */
    record Wait(String reason, List<ResourceKey> pending) implements SyncStep {
        public Wait {
            Objects.requireNonNull(reason, "reason");
            pending = List.copyOf(pending);
        }
    }

    /** The operation is over; {@code message} is the operation message Argo CD would write. */
    record Done(boolean succeeded, String message) implements SyncStep {
        public Done {
            Objects.requireNonNull(message, "message");
        }
    }
}
