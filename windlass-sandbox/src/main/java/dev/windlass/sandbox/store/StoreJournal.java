package dev.windlass.sandbox.store;

import java.io.IOException;

/**
 * Makes committed changes durable. {@link ObjectStore} calls {@link #append} inside its write lock,
 * after the change is validated and before anyone sees it; a write is acknowledged only when
 * {@code append} returns.
 */
public interface StoreJournal extends AutoCloseable {

    /** Records {@code event} durably. An exception fails the write and leaves the store unchanged. */
    void append(WatchEvent event) throws IOException;

    @Override
    void close() throws IOException;

    /** A journal that keeps nothing: the in-memory default. */
    StoreJournal NONE = new StoreJournal() {
        @Override
        public void append(WatchEvent event) {
        }

        @Override
        public void close() {
        }
    };
}
