package dev.windlass.helm.repo;

import java.util.Optional;

/**
 * Chart archives kept by content digest ({@code sha256:<hex>}) so a chart already pulled is not
 * fetched again. Implementations must only return bytes whose digest is the key.
 */
public interface ChartCache {

    /** The archive stored under {@code digest}, if any. */
    Optional<byte[]> get(String digest);

    /** Stores {@code archive} under {@code digest}. */
    void put(String digest, byte[] archive);

    /** A cache that keeps nothing. */
    static ChartCache none() {
        return new ChartCache() {
            @Override
            public Optional<byte[]> get(String digest) {
                return Optional.empty();
            }

            @Override
            public void put(String digest, byte[] archive) {
            }
        };
    }
}
