package dev.windlass.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache clones branch and tag tips only, and fetches the history when an older commit is asked for. */
class ShallowCloneTest {

    @TempDir
    Path temp;

    @Test
    void clone_isShallowUntilAnOlderCommitIsAskedFor() throws Exception {
        Path source = Files.createDirectories(temp.resolve("src"));
        Path bare = temp.resolve("repo.git");
        Files.writeString(source.resolve("a.yaml"), "v: 1\n");
        String first = DirectoryRepository.sync(source, bare, "one");
        Files.writeString(source.resolve("a.yaml"), "v: 2\n");
        DirectoryRepository.sync(source, bare, "two");
        Files.writeString(source.resolve("a.yaml"), "v: 3\n");
        String third = DirectoryRepository.sync(source, bare, "three");
        RepositoryCache cache = RepositoryCache.open(temp.resolve("cache"), 1L << 30);
        GitSource git = GitSource.create(cache);
        String url = bare.toUri().toString();

        assertThat(git.fetch(url, "main").commitSha()).isEqualTo(third);
        assertThat(cache.isShallow(url)).isTrue();

        SourceRevision old = git.fetch(url, first);
        assertThat(old.commitSha()).isEqualTo(first);
        assertThat(new String(old.tree().read("a.yaml", 100))).isEqualTo("v: 1\n");
        assertThat(cache.isShallow(url)).isFalse();
    }

    @Test
    void shortSha_ofAnOlderCommit_resolvesAfterDeepening() throws Exception {
        Path source = Files.createDirectories(temp.resolve("src"));
        Path bare = temp.resolve("repo.git");
        Files.writeString(source.resolve("a.yaml"), "v: 1\n");
        String first = DirectoryRepository.sync(source, bare, "one");
        Files.writeString(source.resolve("a.yaml"), "v: 2\n");
        String second = DirectoryRepository.sync(source, bare, "two");
        GitSource git = GitSource.create(RepositoryCache.open(temp.resolve("cache"), 1L << 30));
        String url = bare.toUri().toString();

        assertThat(git.resolve(url, "HEAD")).isEqualTo(second);
        assertThat(git.resolve(url, first.substring(0, 8))).isEqualTo(first);
    }
}
