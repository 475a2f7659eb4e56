package dev.windlass.model.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''             | ''",
        ".              | ''",
        "./             | ''",
        "./a//b/        | a/b",
        "a/b            | a/b",
        "a/./b          | a/b",
        "a/../b         | b",
        "a/b/..         | a",
        "a/..           | ''",
        "apps/web.yaml  | apps/web.yaml",
    })
    void normalize_cleansRelativePaths(String input, String expected) {
        Result<String> result = SnapshotPaths.normalize(input);
        assertThat(result.issues()).isEmpty();
        assertThat(result.value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../x", "a/../../x", "./.."})
    void normalize_refusesPathsAboveTheRoot(String input) {
        Result<String> result = SnapshotPaths.normalize(input);
        assertThat(result.value()).isNull();
        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(SnapshotPaths.PATH_ESCAPES_ROOT);
            assertThat(issue.message()).contains(input).contains("outside the source root");
        });
    }

    @Test
    void normalize_refusesAbsolutePaths() {
        Result<String> result = SnapshotPaths.normalize("/etc/passwd");
        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(SnapshotPaths.INVALID_PATH);
            assertThat(issue.message()).contains("absolute").contains("\"etc/passwd\"");
        });
    }

    @Test
    void resolve_returnsPlainEntriesAsTheyAre() {
        Snapshot s = MemorySnapshot.builder("r").file("a/b.yaml", "x").build();
        assertThat(SnapshotPaths.resolve(s, "a/b.yaml").target()).contains(SnapshotEntry.file("a/b.yaml", 1));
        assertThat(SnapshotPaths.resolve(s, "a").target()).contains(SnapshotEntry.directory("a"));
        assertThat(SnapshotPaths.resolve(s, "").target()).contains(SnapshotEntry.directory(""));
    }

    @Test
    void resolve_reportsAMissingPathWithoutAnIssue() {
        Snapshot s = MemorySnapshot.builder("r").file("a/b.yaml", "x").build();
        assertThat(SnapshotPaths.resolve(s, "a/c.yaml").isMissing()).isTrue();
        assertThat(SnapshotPaths.resolve(s, "a/b.yaml/c").isMissing()).isTrue();
    }

    @Test
    void resolve_followsLinksRelativeToTheLinkDirectory() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("base/deploy.yaml", "x")
                .symlink("overlays/prod/deploy.yaml", "../../base/deploy.yaml")
                .symlink("overlays/base", "../base")
                .symlink("same", "./base/./deploy.yaml")
                .build();
        assertThat(SnapshotPaths.resolve(s, "overlays/prod/deploy.yaml").target())
                .contains(SnapshotEntry.file("base/deploy.yaml", 1));
        assertThat(SnapshotPaths.resolve(s, "overlays/base").target()).contains(SnapshotEntry.directory("base"));
        assertThat(SnapshotPaths.resolve(s, "overlays/base/deploy.yaml").target())
                .contains(SnapshotEntry.file("base/deploy.yaml", 1));
        assertThat(SnapshotPaths.resolve(s, "same").target()).contains(SnapshotEntry.file("base/deploy.yaml", 1));
    }

    @Test
    void resolve_followsChainsOfLinks() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("real.yaml", "x")
                .symlink("one", "two")
                .symlink("two", "d/three")
                .symlink("d/three", "../real.yaml")
                .build();
        assertThat(SnapshotPaths.resolve(s, "one").target()).contains(SnapshotEntry.file("real.yaml", 1));
    }

    @Test
    void resolve_refusesALinkClimbingAboveTheRoot() {
        Snapshot s = MemorySnapshot.builder("r").symlink("conf/base", "../../etc").build();
        Issue issue = SnapshotPaths.resolve(s, "conf/base").problem().orElseThrow();
        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.code()).isEqualTo(SnapshotPaths.PATH_ESCAPES_ROOT);
        assertThat(issue.location()).isEqualTo(Location.file("conf/base"));
        assertThat(issue.message()).isEqualTo("symlink \"conf/base\" points to \"../../etc\" which is outside the source root;"
                + " Windlass never reads outside the source root: replace the link with the files it points to");
    }

    @Test
    void resolve_refusesAbsoluteTargets() {
        Snapshot s = MemorySnapshot.builder("r").symlink("passwd.yaml", "/etc/passwd").build();
        assertThat(SnapshotPaths.resolve(s, "passwd.yaml").problem())
                .hasValueSatisfying(i -> assertThat(i.code()).isEqualTo(SnapshotPaths.PATH_ESCAPES_ROOT));
    }

    @Test
    void resolve_blamesTheLinkWhoseTargetEscapes() {
        Snapshot s = MemorySnapshot.builder("r")
                .symlink("a/first", "second/../..")
                .symlink("a/second", "../b")
                .directory("b")
                .build();
        // a/first -> a/second/../.. -> b/../.. -> above the root; the ".." that escapes came from a/first
        Issue issue = SnapshotPaths.resolve(s, "a/first").problem().orElseThrow();
        assertThat(issue.location()).isEqualTo(Location.file("a/first"));
    }

    @Test
    void resolve_refusesAnEscapeThroughALinkedDirectory() {
        Snapshot s = MemorySnapshot.builder("r").symlink("up", "..").build();
        assertThat(SnapshotPaths.resolve(s, "up").problem())
                .hasValueSatisfying(i -> assertThat(i.code()).isEqualTo(SnapshotPaths.PATH_ESCAPES_ROOT));
    }

    @Test
    void resolve_allowsDotDotThatStaysInside() {
        Snapshot s = MemorySnapshot.builder("r").file("x.yaml", "x").symlink("a/b/l", "../../x.yaml").build();
        assertThat(SnapshotPaths.resolve(s, "a/b/l").target()).contains(SnapshotEntry.file("x.yaml", 1));
    }

    @Test
    void resolve_reportsLoops() {
        Snapshot s = MemorySnapshot.builder("r").symlink("a", "b").symlink("b", "a").build();
        Issue issue = SnapshotPaths.resolve(s, "a").problem().orElseThrow();
        assertThat(issue.code()).isEqualTo(SnapshotPaths.SYMLINK_LOOP);
        assertThat(issue.isError()).isTrue();
    }

    @Test
    void resolve_reportsASelfLoop() {
        Snapshot s = MemorySnapshot.builder("r").symlink("self", "self").build();
        assertThat(SnapshotPaths.resolve(s, "self").problem())
                .hasValueSatisfying(i -> assertThat(i.code()).isEqualTo(SnapshotPaths.SYMLINK_LOOP));
    }

    @Test
    void resolve_followsAChainOfExactlyFortyLinks() {
        MemorySnapshot.Builder builder = MemorySnapshot.builder("r").file("end", "x");
        for (int i = 0; i < 40; i++) {
            builder.symlink("l" + i, i == 39 ? "end" : "l" + (i + 1));
        }
        Snapshot s = builder.symlink("l40", "l0").build();
        assertThat(SnapshotPaths.resolve(s, "l0").isFound()).isTrue();
        assertThat(SnapshotPaths.resolve(s, "l40").problem())
                .hasValueSatisfying(i -> assertThat(i.code()).isEqualTo(SnapshotPaths.SYMLINK_LOOP));
    }

    @Test
    void resolve_warnsAboutADanglingLink() {
        Snapshot s = MemorySnapshot.builder("r").symlink("a.yaml", "gone.yaml").build();
        Issue issue = SnapshotPaths.resolve(s, "a.yaml").problem().orElseThrow();
        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(issue.code()).isEqualTo(SnapshotPaths.SYMLINK_TARGET_MISSING);
        assertThat(issue.message()).contains("\"gone.yaml\"");
    }
}
