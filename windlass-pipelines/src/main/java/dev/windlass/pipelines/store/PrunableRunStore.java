package dev.windlass.pipelines.store;

import dev.windlass.pipelines.run.RunStore;

/** A {@link RunStore} that can forget a run, for retention. */
public interface PrunableRunStore extends RunStore {

    /** Deletes the run's saved state and everything kept beside it (logs, markers); absent runs are ignored. */
    void delete(String namespace, String name);
}
