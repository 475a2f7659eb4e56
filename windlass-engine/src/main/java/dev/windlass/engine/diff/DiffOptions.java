package dev.windlass.engine.diff;

import java.util.List;

/**
 * What a {@link Differ} leaves out of comparisons beyond the server-populated fields it always
 * strips: an Application's {@code spec.ignoreDifferences} rules ({@link IgnoreDifference#parse}).
 */
public record DiffOptions(List<IgnoreDifference> ignoreDifferences) {

    /** No ignore rules. */
    public static final DiffOptions DEFAULT = new DiffOptions(List.of());

    public DiffOptions {
        ignoreDifferences = List.copyOf(ignoreDifferences);
    }
}
