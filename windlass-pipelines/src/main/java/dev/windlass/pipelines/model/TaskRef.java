package dev.windlass.pipelines.model;

import java.util.List;
import java.util.Optional;

/**
 * A {@code taskRef}: by name and kind, or through a remote {@code resolver} with params (recorded;
 * only the {@code cluster} resolver can be honoured without a network).
 */
public record TaskRef(String name, TaskKind kind, String apiVersion, Optional<String> resolver, List<Param> params) {

    public TaskRef {
        params = List.copyOf(params);
    }

    /** A reference to a namespaced Task by name. */
    public static TaskRef task(String name) {
        return new TaskRef(name, TaskKind.TASK, "", Optional.empty(), List.of());
    }
}
