package dev.windlass.model.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSnapshotTest {

    @TempDir
    Path temp;

    private Path root;
    private LocalSnapshot snapshot;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(temp.resolve("secret.yaml"), "outside: true\n");
        write("apps/web/deploy.yaml", "kind: Deployment\n");
        write("apps/b.yaml", "b: 1\n");
        Files.createDirectories(root.resolve("empty"));
        link("apps/file-link.yaml", "web/deploy.yaml");
        link("apps/dir-link", "web");
        link("apps/escape.yaml", "../../secret.yaml");
        link("apps/absolute.yaml", temp.resolve("secret.yaml").toString());
        link("loop/a", "b");
        link("loop/b", "a");
        link("outside-dir", "..");
        snapshot = LocalSnapshot.of(root);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void link(String path, String target) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.createSymbolicLink(file, Path.of(target));
    }

    @Test
    void revision_namesTheRoot() {
        assertThat(snapshot.revision()).isEqualTo("local:" + root.toAbsolutePath().normalize());
    }

    @Test
    void entry_describesFilesAndDirectories() {
        assertThat(snapshot.entry("")).contains(SnapshotEntry.directory(""));
        assertThat(snapshot.entry("apps")).contains(SnapshotEntry.directory("apps"));
        assertThat(snapshot.entry("apps/web/deploy.yaml")).contains(SnapshotEntry.file("apps/web/deploy.yaml", 17));
        assertThat(snapshot.entry("nope")).isEmpty();
    }

    @Test
    void entry_returnsLinksAsStoredWithoutFollowingThem() {
        assertThat(snapshot.entry("apps/file-link.yaml")).contains(SnapshotEntry.symlink("apps/file-link.yaml", "web/deploy.yaml"));
        assertThat(snapshot.entry("apps/dir-link")).contains(SnapshotEntry.symlink("apps/dir-link", "web"));
        assertThat(snapshot.entry("apps/escape.yaml")).contains(SnapshotEntry.symlink("apps/escape.yaml", "../../secret.yaml"));
        assertThat(snapshot.entry("loop/a")).contains(SnapshotEntry.symlink("loop/a", "b"));
    }

    @Test
    void entry_doesNotGoThroughALinkedDirectory() {
        assertThat(snapshot.entry("apps/dir-link/deploy.yaml")).isEmpty();
        assertThat(snapshot.entry("outside-dir/secret.yaml")).isEmpty();
        assertThat(snapshot.list("outside-dir")).isEmpty();
    }

    @Test
    void list_isSortedByNameAndKeepsLinksAsLinks() {
        assertThat(snapshot.list("apps")).extracting(SnapshotEntry::name)
                .containsExactly("absolute.yaml", "b.yaml", "dir-link", "escape.yaml", "file-link.yaml", "web");
        assertThat(snapshot.list("apps")).filteredOn(SnapshotEntry::isSymlink).hasSize(4);
        assertThat(snapshot.list("")).extracting(SnapshotEntry::name).containsExactly("apps", "empty", "loop", "outside-dir");
        assertThat(snapshot.list("empty")).isEmpty();
        assertThat(snapshot.list("apps/b.yaml")).isEmpty();
    }

    @Test
    void read_readsAFile() throws IOException {
        assertThat(new String(snapshot.read("apps/b.yaml", 100), StandardCharsets.UTF_8)).isEqualTo("b: 1\n");
    }

    @Test
    void read_failsBeyondTheLimitNamingIt() {
        assertThatThrownBy(() -> snapshot.read("apps/b.yaml", 3)).isInstanceOf(IOException.class)
                .hasMessageContaining("limit of 3 bytes");
    }

    @Test
    void read_readsAFileOfExactlyTheLimit() throws IOException {
        assertThat(snapshot.read("apps/b.yaml", 5)).hasSize(5);
    }

    @Test
    void read_refusesLinks() {
        assertThatThrownBy(() -> snapshot.read("apps/file-link.yaml", 100)).isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> snapshot.read("apps/escape.yaml", 100)).isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> snapshot.read("outside-dir/secret.yaml", 100)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void entry_rejectsPathsLeavingTheRoot() {
        assertThatThrownBy(() -> snapshot.entry("../secret.yaml")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> snapshot.entry("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resolve_followsALinkToAFileInside() {
        assertThat(SnapshotPaths.resolve(snapshot, "apps/file-link.yaml").target())
                .contains(SnapshotEntry.file("apps/web/deploy.yaml", 17));
    }

    @Test
    void resolve_followsALinkToADirectoryInside() {
        assertThat(SnapshotPaths.resolve(snapshot, "apps/dir-link").target()).contains(SnapshotEntry.directory("apps/web"));
        assertThat(SnapshotPaths.resolve(snapshot, "apps/dir-link/deploy.yaml").target())
                .contains(SnapshotEntry.file("apps/web/deploy.yaml", 17));
    }

    @Test
    void resolve_refusesALinkEscapingWithDotDot() {
        assertThat(SnapshotPaths.resolve(snapshot, "apps/escape.yaml").problem()).hasValueSatisfying(issue -> {
            assertThat(issue.code()).isEqualTo(SnapshotPaths.PATH_ESCAPES_ROOT);
            assertThat(issue.message()).contains("\"apps/escape.yaml\"").contains("\"../../secret.yaml\"");
        });
        assertThat(SnapshotPaths.resolve(snapshot, "outside-dir").problem())
                .hasValueSatisfying(issue -> assertThat(issue.code()).isEqualTo(SnapshotPaths.PATH_ESCAPES_ROOT));
    }

    @Test
    void resolve_refusesAnAbsoluteLink() {
        assertThat(SnapshotPaths.resolve(snapshot, "apps/absolute.yaml").problem())
                .hasValueSatisfying(issue -> assertThat(issue.code()).isEqualTo(SnapshotPaths.PATH_ESCAPES_ROOT));
    }

    @Test
    void resolve_reportsALoop() {
        assertThat(SnapshotPaths.resolve(snapshot, "loop/a").problem())
                .hasValueSatisfying(issue -> assertThat(issue.code()).isEqualTo(SnapshotPaths.SYMLINK_LOOP));
    }
}
