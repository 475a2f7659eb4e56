package dev.windlass.helm.repo;

import dev.windlass.gotemplate.semver.SemConstraint;
import dev.windlass.gotemplate.semver.SemVersion;
import dev.windlass.helm.HelmException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart repository's {@code index.yaml} (Helm's {@code IndexFile}): chart name to its versions,
 * newest first. {@link #get} picks a version like {@code IndexFile.Get}.
 *
 * @param apiVersion the index API version
 * @param generated  the generation time as written, or empty
 * @param entries    chart name to versions sorted by semver, highest first
 */
public record RepositoryIndex(String apiVersion, String generated, Map<String, List<ChartVersionEntry>> entries) {

    /** Helm's {@code ErrNoAPIVersion}. */
    public static final String NO_API_VERSION = "no API version specified";
    /** Helm's {@code ErrEmptyIndexYaml}. */
    public static final String EMPTY_INDEX = "empty index.yaml file";
    /** Helm's {@code ErrNoChartName}. */
    public static final String NO_CHART_NAME = "no chart name found";
    /** Helm's {@code ErrNoChartVersion}. */
    public static final String NO_CHART_VERSION = "no chart version found";

    public RepositoryIndex {
        apiVersion = apiVersion == null ? "" : apiVersion;
        generated = generated == null ? "" : generated;
        Map<String, List<ChartVersionEntry>> copy = new LinkedHashMap<>();
        entries.forEach((k, v) -> copy.put(k, sortedDescending(v)));
        entries = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Parses index bytes (JSON or YAML, like Helm's {@code loadIndex}): entries that fail chart
     * metadata validation are skipped, versions are sorted, and a missing {@code apiVersion} fails
     * with {@value #NO_API_VERSION}.
     */
    public static RepositoryIndex parse(byte[] data) throws HelmException {
        return IndexParser.parse(data);
    }

    /**
     * The version of {@code name} that {@code version} selects: empty means the highest stable
     * version; an exact string match wins; otherwise the highest version satisfying the constraint.
     * Fails with Helm's texts ({@value #NO_CHART_NAME}, {@value #NO_CHART_VERSION},
     * {@code no chart version found for <name>-<version>}, or the constraint's parse error).
     */
    public ChartVersionEntry get(String name, String version) throws HelmException {
        List<ChartVersionEntry> versions = entries.get(name);
        if (versions == null) {
            throw new HelmException(NO_CHART_NAME);
        }
        if (versions.isEmpty()) {
            throw new HelmException(NO_CHART_VERSION);
        }
        SemConstraint constraint;
        try {
            constraint = SemConstraint.parse(version == null || version.isEmpty() ? "*" : version);
        } catch (IllegalArgumentException e) {
            throw new HelmException(e.getMessage(), e);
        }
        if (version != null && !version.isEmpty()) {
            for (ChartVersionEntry v : versions) {
                if (version.equals(v.version())) {
                    return v;
                }
            }
        }
        for (ChartVersionEntry v : versions) {
            SemVersion sv = SemVersion.parseOrNull(v.version());
            if (sv != null && constraint.check(sv)) {
                return v;
            }
        }
        throw new HelmException("no chart version found for " + name + "-" + (version == null ? "" : version));
    }

    /** Whether {@link #get} finds {@code name} at {@code version}. */
    public boolean has(String name, String version) {
        try {
            get(name, version);
            return true;
        } catch (HelmException e) {
            return false;
        }
    }

    private static List<ChartVersionEntry> sortedDescending(List<ChartVersionEntry> versions) {
        Comparator<ChartVersionEntry> bySemver = (a, b) -> {
            SemVersion va = SemVersion.parseOrNull(a.version());
            SemVersion vb = SemVersion.parseOrNull(b.version());
            if (va == null || vb == null) {
                return va == null ? (vb == null ? 0 : 1) : -1;
            }
            return vb.compareTo(va);
        };
        return versions.stream().sorted(bySemver).toList();
    }
}
