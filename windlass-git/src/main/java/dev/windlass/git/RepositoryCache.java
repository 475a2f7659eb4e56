package dev.windlass.git;

import dev.windlass.git.GitSourceException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;

/**
 * Bare clones of remote repositories under one cache directory, one sub-directory per repository
 * named by the SHA-256 of its normalised URL (see {@link RepoUrls#normalize}).
 *
 * <p><b>Concurrency.</b> Each repository has its own lock: one thread at a time clones, fetches
 * or reads a given repository; different repositories proceed in parallel. A clone is made in a
 * temporary directory and moved into place, so a crash never leaves a half-made entry.
 *
 * <p><b>Size.</b> After each use, when the entries together take more than {@code maxBytes} on
 * disk, the least recently used entries are deleted until the total fits again. The entry just
 * used and entries another thread holds are never evicted, so the cache may stay above its bound
 * while a single repository is larger than it. Entries found on disk at start-up are ordered by
 * their modification time.
 */
public final class RepositoryCache {

    private static final List<RefSpec> REF_SPECS = List.of(
            new RefSpec("+refs/heads/*:refs/heads/*"), new RefSpec("+refs/tags/*:refs/tags/*"));

    private final Path root;
    private final long maxBytes;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Long> lastUsed = new ConcurrentHashMap<>();
    private final AtomicLong tick = new AtomicLong();

    /** Work done on a cached repository while its lock is held. */
    @FunctionalInterface
    interface RepositoryWork<T> {
        T apply(Repository repository) throws IOException, GitSourceException;
    }

    private RepositoryCache(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    /** Opens (creating if needed) a cache at {@code root} holding at most about {@code maxBytes}. */
    public static RepositoryCache open(Path root, long maxBytes) throws GitSourceException {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes is " + maxBytes + "; give a positive cache size in bytes");
        }
        RepositoryCache cache = new RepositoryCache(root.toAbsolutePath().normalize(), maxBytes);
        cache.adoptExisting();
        return cache;
    }

    /** The cache directory. */
    public Path root() {
        return root;
    }

    /** The directory that holds (or will hold) the bare clone of {@code url}. */
    public Path directoryOf(String url) {
        return root.resolve(RepoUrls.cacheKey(url));
    }

    /** Whether {@code url} has a clone in the cache. */
    public boolean contains(String url) {
        return Files.isDirectory(directoryOf(url));
    }

    /** Clones {@code url} if it is not cached, else fetches all its branches and tags. */
    public void fetch(String url, RepositoryCredentials credentials) throws GitSourceException {
        use(url, credentials, true, repository -> null);
    }

    /** The bytes the cache's entries take on disk now. */
    public long sizeOnDisk() throws GitSourceException {
        long total = 0;
        for (String key : List.copyOf(lastUsed.keySet())) {
            total += sizeOf(root.resolve(key));
        }
        return total;
    }

    /**
     * Runs {@code work} on the clone of {@code url} under the repository's lock, cloning first when
     * it is missing and fetching first when {@code fetch} is set; then evicts if over size.
     */
    <T> T use(String url, RepositoryCredentials credentials, boolean fetch, RepositoryWork<T> work)
            throws GitSourceException {
        String key = RepoUrls.cacheKey(url);
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        T result;
        lock.lock();
        try {
            lastUsed.put(key, tick.incrementAndGet());
            Path dir = root.resolve(key);
            if (!Files.isDirectory(dir)) {
                cloneInto(url, credentials, dir);
            } else if (fetch) {
                try (Repository repository = openBare(dir)) {
                    update(repository, url, credentials, isShallow(url) ? History.SHALLOW : History.INCREMENTAL);
                }
            }
            try (Repository repository = openBare(dir)) {
                result = work.apply(repository);
            } catch (IOException e) {
                throw new GitSourceException(Reason.CACHE_FAILED, "cannot read the cached clone of "
                        + RepoUrls.redact(url) + " in " + dir + ": " + e.getMessage()
                        + "; delete that directory to clone again", e);
            }
        } finally {
            lock.unlock();
        }
        evictBeyond(key);
        return result;
    }

    private void cloneInto(String url, RepositoryCredentials credentials, Path dir) throws GitSourceException {
        Path tmp = null;
        try {
            Files.createDirectories(root);
            tmp = Files.createTempDirectory(root, "clone-");
            try (Git git = Git.init().setBare(true).setDirectory(tmp.toFile()).call()) {
                update(git.getRepository(), url, credentials, History.SHALLOW);
            }
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException | GitAPIException e) {
            throw new GitSourceException(Reason.CACHE_FAILED, "cannot create a clone of " + RepoUrls.redact(url)
                    + " in " + root + ": " + e.getMessage() + "; check that the cache directory is writable", e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** How much history a fetch brings. */
    enum History {
        /** Only the tips of branches and tags (depth 1): what rendering a branch or tag needs. */
        SHALLOW,
        /** Whatever the clone lacks since its last fetch. */
        INCREMENTAL,
        /** The whole history of a shallow clone, for a commit that is not a tip. */
        UNSHALLOW
    }

    /** True when the clone of {@code url} holds only part of the history. */
    boolean isShallow(String url) {
        return Files.exists(directoryOf(url).resolve("shallow"));
    }

    /**
     * Fetches the history a shallow clone of {@code url} lacks, so commits that are not a tip resolve;
     * a no-op for a complete clone.
     */
    void deepen(String url, RepositoryCredentials credentials) throws GitSourceException {
        String key = RepoUrls.cacheKey(url);
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try (Repository repository = openBare(root.resolve(key))) {
            if (isShallow(url)) {
                update(repository, url, credentials, History.UNSHALLOW);
            }
        } finally {
            lock.unlock();
        }
    }

    private static void update(Repository repository, String url, RepositoryCredentials credentials, History history)
            throws GitSourceException {
        try {
            fetchOnce(repository, url, credentials, history);
        } catch (GitSourceException e) {
            if (history == History.INCREMENTAL || !String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT)
                    .contains("shallow")) {
                throw e;
            }
            // a server without shallow support: fetch everything instead
            fetchOnce(repository, url, credentials, History.INCREMENTAL);
        }
    }

    private static void fetchOnce(Repository repository, String url, RepositoryCredentials credentials,
            History history) throws GitSourceException {
        TransportSetup transport;
        try {
            transport = TransportSetup.open(url, credentials);
        } catch (IOException e) {
            throw new GitSourceException(Reason.FETCH_FAILED, "cannot prepare the SSH client for " + RepoUrls.redact(url)
                    + ": " + e.getMessage() + "; check that the temporary directory is writable", e);
        }
        try (transport; Git git = new Git(repository)) {
            org.eclipse.jgit.api.FetchCommand fetch = git.fetch().setRemote(url).setRefSpecs(REF_SPECS)
                    .setTagOpt(TagOpt.NO_TAGS).setRemoveDeletedRefs(true)
                    .setCredentialsProvider(transport.credentialsProvider())
                    .setTransportConfigCallback(transport.callback());
            if (history == History.SHALLOW) {
                fetch.setDepth(1);
            } else if (history == History.UNSHALLOW) {
                fetch.setUnshallow(true);
            }
            FetchResult fetched = fetch.call();
            pointHeadAtRemoteHead(repository, fetched);
        } catch (GitAPIException | JGitInternalException | IOException e) {
            String why = transport.refusal().orElse(e.getMessage() + "; check that the URL is right, the"
                    + " repository exists and the credentials for it are valid");
            throw new GitSourceException(Reason.FETCH_FAILED, "cannot fetch " + RepoUrls.redact(url) + ": " + why, e);
        }
    }

    /** Makes the clone's HEAD follow the remote's default branch (or its commit when detached). */
    private static void pointHeadAtRemoteHead(Repository repository, FetchResult fetched) throws IOException {
        Ref remoteHead = fetched.getAdvertisedRef(Constants.HEAD);
        if (remoteHead == null) {
            return;
        }
        RefUpdate update = repository.updateRef(Constants.HEAD, !remoteHead.isSymbolic());
        update.setForceUpdate(true);
        if (remoteHead.isSymbolic()) {
            update.link(remoteHead.getTarget().getName());
        } else if (remoteHead.getObjectId() != null) {
            update.setNewObjectId(remoteHead.getObjectId());
            update.update();
        }
    }

    private static Repository openBare(Path dir) throws GitSourceException {
        try {
            return new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
        } catch (IOException e) {
            throw new GitSourceException(Reason.CACHE_FAILED, "the cache entry " + dir
                    + " is not a Git repository; delete it to clone again", e);
        }
    }

    /** Deletes least recently used entries (never {@code keep}, never one in use) while over size. */
    private synchronized void evictBeyond(String keep) throws GitSourceException {
        long total = sizeOnDisk();
        if (total <= maxBytes) {
            return;
        }
        List<Map.Entry<String, Long>> byAge = new ArrayList<>(lastUsed.entrySet());
        byAge.sort(Map.Entry.comparingByValue());
        for (Map.Entry<String, Long> candidate : byAge) {
            if (total <= maxBytes) {
                return;
            }
            String key = candidate.getKey();
            ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
            if (key.equals(keep) || !lock.tryLock()) {
                continue;
            }
            try {
                Path dir = root.resolve(key);
                long size = sizeOf(dir);
                deleteQuietly(dir);
                lastUsed.remove(key);
                total -= size;
            } finally {
                lock.unlock();
            }
        }
    }

    private void adoptExisting() throws GitSourceException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            List<Path> entries = children.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}"))
                    .filter(Files::isDirectory)
                    .sorted(Comparator.comparing(RepositoryCache::modified))
                    .toList();
            for (Path entry : entries) {
                lastUsed.put(entry.getFileName().toString(), tick.incrementAndGet());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new GitSourceException(Reason.CACHE_FAILED, "cannot list the Git cache " + root + ": "
                    + e.getMessage() + "; check that it is a readable directory", e);
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The bytes of the files under {@code dir}; files that vanish while walking (a fetch in progress) count 0. */
    private static long sizeOf(Path dir) throws GitSourceException {
        if (!Files.exists(dir)) {
            return 0;
        }
        long[] total = {0};
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    total[0] += attrs.isRegularFile() ? attrs.size() : 0;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new GitSourceException(Reason.CACHE_FAILED, "cannot measure the cache entry " + dir + ": "
                    + e.getMessage(), e);
        }
        return total[0];
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover directory is adopted or overwritten later
        }
    }
}
