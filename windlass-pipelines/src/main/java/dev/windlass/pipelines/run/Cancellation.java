package dev.windlass.pipelines.run;

/** Asked by an executor between and during steps: stop now? */
@FunctionalInterface
public interface Cancellation {

    /** Never cancelled. */
    Cancellation NONE = () -> false;

    boolean isCancelled();
}
