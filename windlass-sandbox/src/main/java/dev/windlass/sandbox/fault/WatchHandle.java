package dev.windlass.sandbox.fault;

/**
 * An open watch, as the HTTP layer registers it with {@link Faults#register}: closing it ends the
 * response stream the way a dropped connection would, so that clients must re-list or resume.
 */
@FunctionalInterface
public interface WatchHandle {

    /** Ends the watch now. Called at most once by {@link Faults}; must not block for long. */
    void close();
}
