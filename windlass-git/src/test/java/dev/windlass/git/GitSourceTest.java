package dev.windlass.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.git.GitSourceException.Reason;
import dev.windlass.model.snapshot.SnapshotEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSourceTest {

    @TempDir
    Path tmp;

    private TestRepo origin;
    private RepositoryCache cache;
    private GitSource source;

    @BeforeEach
    void setUp() throws Exception {
        origin = TestRepo.create(tmp.resolve("origin"));
        cache = RepositoryCache.open(tmp.resolve("cache"), 1L << 30);
        source = GitSource.create(cache);
    }

    @AfterEach
    void tearDown() {
        origin.close();
    }

    @Test
    void fetch_clonesAndReadsAFileAtHead() throws Exception {
        RevCommit commit = origin.commitFile("apps/web.yaml", "kind: Service\n");

        SourceRevision revision = source.fetch(origin.url(), "HEAD");

        assertThat(revision.commitSha()).isEqualTo(commit.getName());
        assertThat(revision.tree().revision()).isEqualTo(commit.getName());
        assertThat(text(revision, "apps/web.yaml")).isEqualTo("kind: Service\n");
        assertThat(cache.contains(origin.url())).isTrue();
    }

    @Test
    void fetch_reportsAuthorDateAndMessage() throws Exception {
        origin.write("a.txt", "a").commit("first line\n\nbody");

        SourceRevision revision = source.fetch(origin.url(), "");

        assertThat(revision.author()).isEqualTo("Ada Author <ada@example.com>");
        assertThat(revision.date()).isEqualTo(TestRepo.AUTHOR.getWhenAsInstant());
        assertThat(revision.message()).isEqualTo("first line\n\nbody");
        assertThat(revision.repoUrl()).isEqualTo(origin.url());
    }

    @Test
    void fetch_seesANewCommitOnTheNextCall() throws Exception {
        origin.commitFile("a.txt", "one");
        assertThat(text(source.fetch(origin.url(), "main"), "a.txt")).isEqualTo("one");

        RevCommit second = origin.commitFile("a.txt", "two");
        SourceRevision revision = source.fetch(origin.url(), "main");

        assertThat(revision.commitSha()).isEqualTo(second.getName());
        assertThat(text(revision, "a.txt")).isEqualTo("two");
    }

    @Test
    void fetch_keepsSymlinksAsLinksAndSkipsNothingElse() throws Exception {
        origin.write("real/file.txt", "x");
        Files.createSymbolicLink(origin.dir().resolve("link"), Path.of("real/file.txt"));
        origin.commit("with link");

        SourceRevision revision = source.fetch(origin.url(), "HEAD");

        assertThat(revision.tree().entry("link")).contains(SnapshotEntry.symlink("link", "real/file.txt"));
        assertThat(revision.tree().list("real")).extracting(SnapshotEntry::name).containsExactly("file.txt");
    }

    @Test
    void fetch_refusesATreeAboveTheSizeLimit() throws Exception {
        origin.commitFile("big.txt", "x".repeat(2000));
        GitSource small = GitSource.create(cache, RepoMap.empty(), url -> RepositoryCredentials.none(),
                new GitSource.Limits(1000, 100));

        assertThatThrownBy(() -> small.fetch(origin.url(), "HEAD"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TREE_TOO_LARGE))
                .hasMessageContaining(origin.url()).hasMessageContaining("more than 1000 bytes");
    }

    @Test
    void fetch_refusesATreeWithTooManyFiles() throws Exception {
        origin.write("a", "1").write("b", "2").write("c", "3").commit("three");
        GitSource small = GitSource.create(cache, RepoMap.empty(), url -> RepositoryCredentials.none(),
                new GitSource.Limits(1000, 2));

        assertThatThrownBy(() -> small.fetch(origin.url(), "HEAD")).hasMessageContaining("more than 2 files");
    }

    @Test
    void fetch_failsClearlyWhenTheRepositoryDoesNotExist() {
        String url = tmp.resolve("nowhere").toUri().toString();

        assertThatThrownBy(() -> source.fetch(url, "HEAD"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FETCH_FAILED))
                .hasMessageContaining("cannot fetch " + url);
        assertThat(cache.contains(url)).isFalse();
    }

    @Test
    void fetch_failsClearlyWhenTheRepositoryIsDeletedAfterCloning() throws Exception {
        origin.commitFile("a.txt", "one");
        source.fetch(origin.url(), "HEAD");
        origin.close();
        deleteTree(origin.dir());

        assertThatThrownBy(() -> source.fetch(origin.url(), "HEAD"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FETCH_FAILED))
                .hasMessageContaining(origin.url());
    }

    @Test
    void fetch_servesAKnownFullShaFromTheCacheWithoutFetching() throws Exception {
        RevCommit commit = origin.commitFile("a.txt", "one");
        source.fetch(origin.url(), "HEAD");
        origin.close();
        deleteTree(origin.dir());

        assertThat(text(source.fetch(origin.url(), commit.getName()), "a.txt")).isEqualTo("one");
    }

    @Test
    void fetch_usesTheRepoMapForUnreachableHosts() throws Exception {
        origin.commitFile("a.txt", "mapped");
        String remote = "https://git.example.invalid/org/app.git";
        GitSource mapped = GitSource.create(cache, RepoMap.of(Map.of("https://git.example.invalid/org/app", origin.dir())),
                url -> RepositoryCredentials.none(), GitSource.Limits.DEFAULT);

        SourceRevision revision = mapped.fetch(remote, "HEAD");

        assertThat(text(revision, "a.txt")).isEqualTo("mapped");
        assertThat(revision.repoUrl()).isEqualTo(remote);
    }

    @Test
    void fetch_dropsBranchesDeletedOnTheRemote() throws Exception {
        origin.commitFile("a.txt", "one");
        origin.branch("feature");
        source.fetch(origin.url(), "feature");
        origin.git().branchDelete().setBranchNames("feature").setForce(true).call();

        assertThatThrownBy(() -> source.fetch(origin.url(), "feature"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_REVISION));
    }

    static String text(SourceRevision revision, String path) throws IOException {
        return new String(revision.tree().read(path, 1 << 20), StandardCharsets.UTF_8);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static List<String> names(List<SnapshotEntry> entries) {
        return entries.stream().map(SnapshotEntry::name).toList();
    }
}
