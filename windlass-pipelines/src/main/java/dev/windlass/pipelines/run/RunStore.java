package dev.windlass.pipelines.run;

import java.util.List;
import java.util.Optional;

/**
 * Where run states live between steps and across processes (a directory locally, the cluster's
 * status subresource otherwise). Implementations must be thread-safe.
 */
public interface RunStore {

    /** Records the state, replacing the previous one of that run. */
    void save(RunState state);

    /** The last saved state of a run. */
    Optional<RunState> load(String namespace, String name);

    /** Every run, newest first. */
    List<RunState> list();

    /** Asks a run to cancel; the process running it notices at its next check. */
    void requestCancel(String namespace, String name);

    /** Whether a cancel was asked for. */
    boolean cancelRequested(String namespace, String name);
}
