package dev.windlass.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryRepositoryTest {

    @TempDir
    Path temp;

    @Test
    void sync_commitsTheDirectoryAndServesItThroughGitSource() throws Exception {
        Path source = Files.createDirectories(temp.resolve("src/apps/web"));
        Files.writeString(source.resolve("cm.yaml"), "kind: ConfigMap\n");
        Files.createDirectories(temp.resolve("src/.git"));
        Files.writeString(temp.resolve("src/.git/config"), "ignored");

        String sha = DirectoryRepository.sync(temp.resolve("src"), temp.resolve("repo.git"), "first");

        GitSource git = GitSource.create(RepositoryCache.open(temp.resolve("cache"), 1L << 30));
        SourceRevision revision = git.fetch(temp.resolve("repo.git").toUri().toString(), "main");
        assertThat(revision.commitSha()).isEqualTo(sha);
        assertThat(new String(revision.tree().read("apps/web/cm.yaml", 1024), StandardCharsets.UTF_8))
                .isEqualTo("kind: ConfigMap\n");
        assertThat(revision.tree().entry(".git/config")).isEmpty();
    }

    @Test
    void sync_addsNoCommitWhenNothingChanged() throws Exception {
        Path source = Files.createDirectories(temp.resolve("src"));
        Files.writeString(source.resolve("a.yaml"), "a: 1\n");
        String first = DirectoryRepository.sync(source, temp.resolve("repo.git"), "first");
        String again = DirectoryRepository.sync(source, temp.resolve("repo.git"), "again");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void sync_commitsOnTopOfTheLastCommitWhenTheDirectoryChanged() throws Exception {
        Path source = Files.createDirectories(temp.resolve("src"));
        Files.writeString(source.resolve("a.yaml"), "a: 1\n");
        String first = DirectoryRepository.sync(source, temp.resolve("repo.git"), "first");
        Files.writeString(source.resolve("a.yaml"), "a: 2\n");
        Files.createDirectories(source.resolve("empty"));
        String second = DirectoryRepository.sync(source, temp.resolve("repo.git"), "second");

        assertThat(second).isNotEqualTo(first);
        GitSource git = GitSource.create(RepositoryCache.open(temp.resolve("cache"), 1L << 30));
        SourceRevision revision = git.fetch(temp.resolve("repo.git").toUri().toString(), "HEAD");
        assertThat(revision.commitSha()).isEqualTo(second);
        assertThat(revision.message()).isEqualTo("second");
        assertThat(revision.tree().entry("empty")).isEmpty();
        assertThat(git.fetch(temp.resolve("repo.git").toUri().toString(), first).commitSha()).isEqualTo(first);
    }

    @Test
    void sync_refusesAMissingDirectory() {
        assertThatThrownBy(() -> DirectoryRepository.sync(temp.resolve("nope"), temp.resolve("repo.git"), "x"))
                .isInstanceOf(GitSourceException.class)
                .hasMessageContaining("is not a directory");
    }
}
