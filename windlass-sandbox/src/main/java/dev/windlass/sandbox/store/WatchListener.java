package dev.windlass.sandbox.store;

/**
 * Receives committed changes. Called inside the store's write lock, in commit order: an
 * implementation must only hand the event over (enqueue it) and return at once.
 */
@FunctionalInterface
public interface WatchListener {

    void onEvent(WatchEvent event);
}
