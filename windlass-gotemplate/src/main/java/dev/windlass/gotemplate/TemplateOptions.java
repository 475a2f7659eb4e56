package dev.windlass.gotemplate;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link TemplateSet} parses and executes.
 *
 * @param leftDelim    the action's opening delimiter ({@code {{} by default)
 * @param rightDelim   the action's closing delimiter ({@code }}} by default)
 * @param missingKey   what an absent map key yields
 * @param maxDepth     the deepest nesting of {@code template} calls (and function-initiated executions
 *                     such as Helm's {@code include}) before execution fails
 * @param maxDuration  the wall-clock budget of one top-level execution
 * @param maxOutput    the most characters one top-level execution may write
 */
public record TemplateOptions(String leftDelim, String rightDelim, MissingKey missingKey, int maxDepth,
        Duration maxDuration, long maxOutput) {

    public TemplateOptions {
        Objects.requireNonNull(leftDelim, "leftDelim");
        Objects.requireNonNull(rightDelim, "rightDelim");
        Objects.requireNonNull(missingKey, "missingKey");
        Objects.requireNonNull(maxDuration, "maxDuration");
    }

    /** Go's defaults, with a 100,000-deep call bound (Go's), 30 s and 64 Mi characters. */
    public static TemplateOptions defaults() {
        return new TemplateOptions("{{", "}}", MissingKey.DEFAULT, 100_000, Duration.ofSeconds(30), 64L << 20);
    }

    public TemplateOptions withMissingKey(MissingKey value) {
        return new TemplateOptions(leftDelim, rightDelim, value, maxDepth, maxDuration, maxOutput);
    }

    public TemplateOptions withDelims(String left, String right) {
        return new TemplateOptions(left, right, missingKey, maxDepth, maxDuration, maxOutput);
    }

    public TemplateOptions withLimits(int depth, Duration duration, long output) {
        return new TemplateOptions(leftDelim, rightDelim, missingKey, depth, duration, output);
    }
}
