package dev.windlass.pipelines.dag;

/**
 * What a task's guards say once its parents are done: run it, or skip it because its {@code when}
 * expressions are false, a result it uses is missing, or a matrix param is an empty array.
 */
public enum Guard {
    RUN,
    WHEN_FALSE,
    MISSING_RESULTS,
    EMPTY_MATRIX
}
