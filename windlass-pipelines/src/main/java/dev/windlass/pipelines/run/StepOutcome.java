package dev.windlass.pipelines.run;

import java.time.Instant;
import java.util.Optional;

/**
 * How one step ended: its exit code and Tekton's terminated reason ({@code Completed}, {@code Error},
 * {@code TimeoutExceeded}, {@code Cancelled}, or {@code Skipped} when an earlier step failed).
 */
public record StepOutcome(String name, String image, int exitCode, String reason, Optional<Instant> started,
        Optional<Instant> finished) {
}
