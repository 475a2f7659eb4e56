package dev.windlass.helm.repo;

/**
 * A chart archive fetched from a repository, a registry or a URL.
 *
 * @param name      chart name (empty when only the URL was known)
 * @param version   the version that was resolved (e.g. the highest matching {@code >=12.0.0})
 * @param archive   the {@code .tgz} bytes
 * @param digest    {@code sha256:<hex>} of the archive
 * @param source    where it came from (archive URL or OCI reference)
 * @param fromCache whether the bytes came from the {@link ChartCache}
 */
public record PulledChart(String name, String version, byte[] archive, String digest, String source,
        boolean fromCache) {

    public PulledChart {
        archive = archive.clone();
    }

    @Override
    public byte[] archive() {
        return archive.clone();
    }

    @Override
    public String toString() {
        return "PulledChart[" + name + " " + version + " " + digest + " from " + source + (fromCache ? " (cached)" : "")
                + "]";
    }
}
