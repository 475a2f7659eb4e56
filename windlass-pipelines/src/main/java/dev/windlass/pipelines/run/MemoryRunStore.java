package dev.windlass.pipelines.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link RunStore} in memory: for tests, and for runs nobody needs to resume. Thread-safe. */
public final class MemoryRunStore implements RunStore {

    private final Map<String, RunState> states = new LinkedHashMap<>();
    private final Set<String> cancels = new HashSet<>();

    @Override
    public synchronized void save(RunState state) {
        String key = key(state.namespace(), state.name());
        states.remove(key);
        states.put(key, state);
    }

    @Override
    public synchronized Optional<RunState> load(String namespace, String name) {
        return Optional.ofNullable(states.get(key(namespace, name)));
    }

    @Override
    public synchronized List<RunState> list() {
        List<RunState> out = new ArrayList<>(states.values());
        Collections.reverse(out);
        return out;
    }

    @Override
    public synchronized void requestCancel(String namespace, String name) {
        cancels.add(key(namespace, name));
    }

    @Override
    public synchronized boolean cancelRequested(String namespace, String name) {
        return cancels.contains(key(namespace, name));
    }

    private static String key(String namespace, String name) {
        return (namespace == null ? "" : namespace) + "/" + name;
    }
}
