package dev.windlass.helm.repo;

import java.util.List;
import java.util.Map;

/**
 * One chart version listed in a repository's {@code index.yaml} (Helm's {@code ChartVersion}): the
 * chart metadata fields an index carries plus where to download it.
 *
 * @param name        chart name
 * @param version     chart version as written
 * @param apiVersion  chart API version ({@code v1} when the index omits it)
 * @param appVersion  application version, or empty
 * @param description description, or empty
 * @param type        {@code application}, {@code library} or empty
 * @param urls        download URLs, absolute or relative to the repository URL
 * @param digest      hex SHA-256 of the archive, or empty
 * @param created     creation time as written, or empty
 * @param deprecated  whether the chart is marked deprecated
 * @param removed     whether the entry is marked removed
 * @param annotations chart annotations
 */
public record ChartVersionEntry(String name, String version, String apiVersion, String appVersion,
        String description, String type, List<String> urls, String digest, String created, boolean deprecated,
        boolean removed, Map<String, String> annotations) {

    public ChartVersionEntry {
        name = orEmpty(name);
        version = orEmpty(version);
        apiVersion = apiVersion == null || apiVersion.isEmpty() ? "v1" : apiVersion;
        appVersion = orEmpty(appVersion);
        description = orEmpty(description);
        type = orEmpty(type);
        urls = urls == null ? List.of() : List.copyOf(urls);
        digest = orEmpty(digest);
        created = orEmpty(created);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    }

    /** A minimal entry (tests, synthesized indexes). */
    public static ChartVersionEntry of(String name, String version, List<String> urls, String digest) {
        return new ChartVersionEntry(name, version, "v1", "", "", "", urls, digest, "", false, false, Map.of());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
