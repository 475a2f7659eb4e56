package dev.windlass.cli.pipeline;

import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.run.RunStore;
import java.util.List;

/**
 * Finds a stored run by name for {@code windlass pipeline logs|cancel}: in {@code namespace} when
 * given, else in whichever namespace holds exactly one run of that name.
 */
final class RunLookup {

    private RunLookup() {
    }

    /** The run, or an IllegalArgumentException whose message says what to do. */
    static RunState find(RunStore store, String name, String namespace) {
        if (namespace != null) {
            return store.load(namespace, name).orElseThrow(() -> new IllegalArgumentException(
                    "no run " + namespace + "/" + name + " in the run store; windlass pipeline list shows the runs"));
        }
        List<RunState> matches = store.list().stream().filter(r -> r.name().equals(name)).toList();
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("no run " + name + " in the run store; windlass pipeline list shows the runs");
        }
        if (matches.size() > 1) {
            throw new IllegalArgumentException("runs named " + name + " exist in several namespaces ("
                    + matches.stream().map(RunState::namespace).toList() + "); choose one with -n NAMESPACE");
        }
        return matches.get(0);
    }
}
