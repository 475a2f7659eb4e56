package dev.windlass.cli.up;

import dev.windlass.controller.cluster.ClusterCredentials;
import dev.windlass.engine.source.SourceFetcher;
import dev.windlass.git.GitSource;
import dev.windlass.git.GitSourceException;
import dev.windlass.git.GitSourceFetcher;
import dev.windlass.git.RepoMap;
import dev.windlass.git.RepositoryCache;
import dev.windlass.kube.KubeCluster;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Git source {@code windlass up} reads through: a cache under the home, the repository map, cluster credentials. */
final class GitSources {

    /** The cache may hold this much before the least recently used repositories are evicted. */
    static final long CACHE_BYTES = 2L << 30;

    private GitSources() {
    }

    /** Builds the fetcher; a malformed {@code --repo-map} option is an IllegalArgumentException with the fix. */
    static SourceFetcher fetcher(Path home, List<String> repoMapOptions, Map<String, Path> localRepositories,
            KubeCluster cluster, String namespace) throws GitSourceException {
        Map<String, Path> mappings = new LinkedHashMap<>(localRepositories);
        RepoMap.parse(repoMapOptions);
        for (String option : repoMapOptions) {
            int equals = option.lastIndexOf('=');
            mappings.put(option.substring(0, equals).trim(), Path.of(option.substring(equals + 1).trim()));
        }
        RepositoryCache cache = RepositoryCache.open(home.resolve("cache").resolve("git"), CACHE_BYTES);
        GitSource git = GitSource.create(cache, RepoMap.of(mappings),
                new ClusterCredentials(cluster, namespace, Duration.ofSeconds(10), Clock.systemUTC()),
                GitSource.Limits.DEFAULT);
        return GitSourceFetcher.of(git);
    }
}
