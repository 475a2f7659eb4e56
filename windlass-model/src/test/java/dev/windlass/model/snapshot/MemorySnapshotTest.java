package dev.windlass.model.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemorySnapshotTest {

    private final MemorySnapshot snapshot = MemorySnapshot.builder("rev1")
            .file("apps/web/deploy.yaml", "kind: Deployment\n")
            .file("apps/a.yaml", new byte[] {1, 2, 3})
            .symlink("apps/current", "web")
            .directory("empty/dir")
            .build();

    @Test
    void revision_isTheBuilderLabel() {
        assertThat(snapshot.revision()).isEqualTo("rev1");
    }

    @Test
    void entry_impliesParentDirectories() {
        assertThat(snapshot.entry("apps")).contains(SnapshotEntry.directory("apps"));
        assertThat(snapshot.entry("apps/web")).contains(SnapshotEntry.directory("apps/web"));
        assertThat(snapshot.entry("empty")).contains(SnapshotEntry.directory("empty"));
        assertThat(snapshot.entry("")).contains(SnapshotEntry.directory(""));
    }

    @Test
    void entry_givesFileSizeAndLinkTarget() {
        assertThat(snapshot.entry("apps/web/deploy.yaml")).contains(SnapshotEntry.file("apps/web/deploy.yaml", 17));
        assertThat(snapshot.entry("apps/current")).contains(SnapshotEntry.symlink("apps/current", "web"));
        assertThat(snapshot.entry("nope")).isEmpty();
    }

    @Test
    void list_isSortedByNameAndOnlyDirectChildren() {
        assertThat(snapshot.list("apps")).extracting(SnapshotEntry::name).containsExactly("a.yaml", "current", "web");
        assertThat(snapshot.list("")).extracting(SnapshotEntry::name).containsExactly("apps", "empty");
        assertThat(snapshot.list("empty/dir")).isEmpty();
        assertThat(snapshot.list("apps/a.yaml")).isEmpty();
        assertThat(snapshot.list("missing")).isEmpty();
    }

    @Test
    void read_returnsBytesWithinTheLimit() throws IOException {
        assertThat(new String(snapshot.read("apps/web/deploy.yaml", 100), StandardCharsets.UTF_8))
                .isEqualTo("kind: Deployment\n");
        assertThat(snapshot.read("apps/a.yaml", 3)).containsExactly(1, 2, 3);
    }

    @Test
    void read_failsBeyondTheLimitNamingIt() {
        assertThatThrownBy(() -> snapshot.read("apps/a.yaml", 2)).isInstanceOf(IOException.class).hasMessageContaining("2 bytes");
    }

    @Test
    void read_refusesLinksDirectoriesAndMissingFiles() {
        assertThatThrownBy(() -> snapshot.read("apps/current", 10)).isInstanceOf(IOException.class).hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> snapshot.read("apps", 10)).isInstanceOf(IOException.class).hasMessageContaining("directory");
        assertThatThrownBy(() -> snapshot.read("x", 10)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void read_returnsACopy() throws IOException {
        snapshot.read("apps/a.yaml", 3)[0] = 9;
        assertThat(snapshot.read("apps/a.yaml", 3)).containsExactly(1, 2, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/abs", "a/../b", "./a", "a//b", "a/", "", ".."})
    void builder_rejectsPathsNotInSnapshotForm(String path) {
        assertThatThrownBy(() -> MemorySnapshot.builder("r").file(path, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builder_rejectsAddingBelowAFileOrTwice() {
        MemorySnapshot.Builder builder = MemorySnapshot.builder("r").file("a", "x");
        assertThatThrownBy(() -> builder.file("a/b", "y")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a is a file");
        assertThatThrownBy(() -> builder.file("a", "y")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> builder.directory("a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builder_allowsAnExplicitDirectoryThatWasImplied() {
        MemorySnapshot s = MemorySnapshot.builder("r").file("a/b", "x").directory("a").build();
        assertThat(s.list("a")).extracting(SnapshotEntry::name).containsExactly("b");
    }

    @Test
    void entry_rejectsInvalidPathsAsProgrammingErrors() {
        assertThatThrownBy(() -> snapshot.entry("../etc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("normalize");
    }
}
