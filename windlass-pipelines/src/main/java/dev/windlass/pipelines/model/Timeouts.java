package dev.windlass.pipelines.model;

import java.time.Duration;
import java.util.Optional;

/**
 * A PipelineRun's {@code timeouts} ({@code pipeline}, {@code tasks}, {@code finally}); v1beta1's
 * single {@code timeout} reads as {@code pipeline}. Zero means no timeout, as in Tekton.
 */
public record Timeouts(Optional<Duration> pipeline, Optional<Duration> tasks, Optional<Duration> finallyTimeout) {

    /** No timeouts given: Tekton's default of 60 minutes applies to the pipeline. */
    public static Timeouts none() {
        return new Timeouts(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
