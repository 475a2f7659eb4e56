package dev.windlass.pipelines.model;

import java.util.List;
import java.util.Optional;

/** A {@code pipelineRef}: by name, or through a remote {@code resolver} with params. */
public record PipelineRef(String name, Optional<String> resolver, List<Param> params) {

    public PipelineRef {
        params = List.copyOf(params);
    }
}
