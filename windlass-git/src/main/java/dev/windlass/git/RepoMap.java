package dev.windlass.git;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Redirects repository URLs to local repositories ({@code --repo-map URL=LOCALPATH}), so that
 * configurations naming hosts this machine cannot reach still run against local copies. A URL
 * matches with or without a {@code .git} suffix and trailing slash; scheme and host ignore case.
 */
public final class RepoMap {

    private static final RepoMap EMPTY = new RepoMap(Map.of());

    private final Map<String, Path> byUrl;

    private RepoMap(Map<String, Path> byUrl) {
        this.byUrl = Map.copyOf(byUrl);
    }

    /** No redirects. */
    public static RepoMap empty() {
        return EMPTY;
    }

    /** A map from URLs to local repository directories. */
    public static RepoMap of(Map<String, Path> mappings) {
        Map<String, Path> out = new LinkedHashMap<>();
        mappings.forEach((url, path) -> out.put(RepoUrls.normalize(url), path.toAbsolutePath().normalize()));
        return new RepoMap(out);
    }

    /**
     * Parses {@code URL=LOCALPATH} options. The split is at the last {@code =}, since URLs may
     * contain {@code =} in their query but paths rarely do.
     */
    public static RepoMap parse(List<String> options) {
        Map<String, Path> out = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.lastIndexOf('=');
            if (eq <= 0 || eq == option.length() - 1) {
                throw new IllegalArgumentException("--repo-map " + option
                        + " is not URL=LOCALPATH; give e.g. --repo-map https://github.com/org/repo=/src/repo");
            }
            out.put(option.substring(0, eq).trim(), Path.of(option.substring(eq + 1).trim()));
        }
        return of(out);
    }

    /** The local directory {@code url} is mapped to, if any. */
    public Optional<Path> localPath(String url) {
        return Optional.ofNullable(byUrl.get(RepoUrls.normalize(url)));
    }

    /** The URL to fetch from: a {@code file://} URL of the mapped directory, or {@code url} itself. */
    public String effectiveUrl(String url) {
        return localPath(url).map(path -> path.toUri().toString()).orElse(url);
    }
}
