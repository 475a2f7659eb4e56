package dev.windlass.render;

import static dev.windlass.render.RenderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.windlass.model.Issue;
import dev.windlass.model.Severity;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotPaths;
import org.junit.jupiter.api.Test;

/** The walk: which files a directory source reads, in which order, and how links and paths are treated. */
class DirectoryRendererTest {

    @Test
    void render_readsOnlyFilesDirectlyInThePathWithoutRecurse() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("apps/a.yaml", configMap("a"))
                .file("apps/sub/b.yaml", configMap("b"))
                .file("other.yaml", configMap("other"))
                .build();
        RenderResult result = render(FLAT, s, "apps");
        assertThat(result.issues()).isEmpty();
        assertThat(names(result)).containsExactly("a");
    }

    @Test
    void render_readsSubdirectoriesWithRecurse() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("apps/a.yaml", configMap("a"))
                .file("apps/sub/b.yaml", configMap("b"))
                .file("apps/sub/deeper/c.yml", configMap("c"))
                .build();
        assertThat(names(render(RECURSE, s, "apps"))).containsExactly("a", "b", "c");
    }

    @Test
    void render_skipsGitDirectories() {
        Snapshot s = MemorySnapshot.builder("r")
                .file(".git/config.yaml", configMap("git"))
                .file("sub/.git/x.yaml", configMap("git2"))
                .file("a.yaml", configMap("a"))
                .build();
        assertThat(names(render(RECURSE, s, ""))).containsExactly("a");
    }

    @Test
    void render_ordersFilesLikeGoFilepathWalk() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("a.yaml", configMap("a.yaml"))
                .file("a-b.yaml", configMap("a-b.yaml"))
                .file("a/z.yaml", configMap("a/z.yaml"))
                .file("a/b/y.yaml", configMap("a/b/y.yaml"))
                .file("B.yaml", configMap("B.yaml"))
                .file("b.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"b.json\"}}")
                .build();
        // names sorted within each directory ("B" < "a" < "a-b.yaml" < "a.yaml" < "b.json"), directories visited in place
        assertThat(names(render(RECURSE, s, ""))).containsExactly("B.yaml", "a/b/y.yaml", "a/z.yaml", "a-b.yaml", "a.yaml", "b.json");
    }

    @Test
    void render_readsIncludeAndExcludeGlobsAgainstThePathBelowTheSourcePath() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("app/config.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"config\"}}")
                .file("app/deployment.yaml", configMap("deployment"))
                .file("app/service.yml", configMap("service"))
                .file("app/env-usw2/deploy.yaml", configMap("usw2"))
                .file("app/env-use1/deploy.yaml", configMap("use1"))
                .build();
        assertThat(names(render(RECURSE.withInclude("*.yaml"), s, "app")))
                .containsExactly("deployment", "use1", "usw2");
        assertThat(names(render(RECURSE.withInclude("{config.json,deployment.yaml}"), s, "app")))
                .containsExactly("config", "deployment");
        assertThat(names(render(RECURSE.withExclude("{config.json,env-usw2/*}"), s, "app")))
                .containsExactly("deployment", "use1", "service");
        assertThat(names(render(RECURSE.withInclude("*.{yaml,yml}").withExclude("env-*"), s, "app")))
                .containsExactly("deployment", "service");
    }

    @Test
    void render_reportsAnInvalidGlobNamingTheOption() {
        Snapshot s = MemorySnapshot.builder("r").file("a.yaml", configMap("a")).build();
        RenderResult result = render(FLAT.withExclude("{a.yaml"), s, "");
        assertThat(result.objects()).isEmpty();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(RenderMessages.INVALID_GLOB);
            assertThat(issue.message()).startsWith("directory.exclude: invalid glob \"{a.yaml\"");
        });
    }

    @Test
    void render_ignoresFilesWithOtherNames() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("README.md", "# hi\n")
                .file("upper.YAML", configMap("upper"))
                .file("notes.txt", configMap("txt"))
                .file("a.yaml", configMap("a"))
                .build();
        RenderResult result = render(FLAT, s, "");
        assertThat(result.issues()).isEmpty();
        assertThat(names(result)).containsExactly("a");
    }

    @Test
    void render_reportsEscapingSymlinksAsErrors() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("app/a.yaml", configMap("a"))
                .symlink("app/secret.yaml", "../../etc/secret.yaml")
                .symlink("app/conf", "/etc")
                .symlink("app/notes.txt", "../../x")
                .build();
        RenderResult result = render(FLAT, s, "app");
        assertThat(result.objects()).isEmpty();
        assertThat(result.issues()).extracting(Issue::code, i -> i.location().fileText()).containsExactly(
                tuple(SnapshotPaths.PATH_ESCAPES_ROOT, "app/conf"),
                tuple(SnapshotPaths.PATH_ESCAPES_ROOT, "app/notes.txt"),
                tuple(SnapshotPaths.PATH_ESCAPES_ROOT, "app/secret.yaml"));
        assertThat(result.issues().get(2).message()).contains("outside the source root");
    }

    @Test
    void render_reportsSymlinkLoopsAsErrors() {
        Snapshot s = MemorySnapshot.builder("r").symlink("a.yaml", "b.yaml").symlink("b.yaml", "a.yaml").build();
        RenderResult result = render(FLAT, s, "");
        assertThat(codes(result)).containsOnly(SnapshotPaths.SYMLINK_LOOP);
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void render_readsALinkedFileUnderTheLinkPath() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("base/cm.yaml", configMap("shared"))
                .symlink("app/cm.yaml", "../base/cm.yaml")
                .build();
        RenderResult result = render(FLAT, s, "app");
        assertThat(result.issues()).isEmpty();
        assertThat(names(result)).containsExactly("shared");
        assertThat(result.objects().get(0).origin().orElseThrow().file()).isEqualTo("app/cm.yaml");
    }

    @Test
    void render_doesNotDescendIntoLinkedDirectories() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("base/cm.yaml", configMap("base"))
                .symlink("app/linked", "../base")
                .file("app/own.yaml", configMap("own"))
                .build();
        RenderResult result = render(RECURSE, s, "app");
        assertThat(result.issues()).isEmpty();
        assertThat(names(result)).containsExactly("own");
    }

    @Test
    void render_warnsAboutADanglingLinkItWouldRead() {
        Snapshot s = MemorySnapshot.builder("r")
                .symlink("gone.yaml", "missing.yaml")
                .symlink("gone.txt", "missing.txt")
                .file("a.yaml", configMap("a"))
                .build();
        RenderResult result = render(FLAT, s, "");
        assertThat(names(result)).containsExactly("a");
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.code()).isEqualTo(SnapshotPaths.SYMLINK_TARGET_MISSING);
            assertThat(issue.location().fileText()).isEqualTo("gone.yaml");
        });
    }

    @Test
    void render_reportsAMissingSourcePath() {
        Snapshot s = MemorySnapshot.builder("abc123").file("a.yaml", configMap("a")).build();
        RenderResult result = render(FLAT, s, "apps/missing");
        assertThat(result.objects()).isEmpty();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(RenderMessages.SOURCE_PATH_NOT_FOUND);
            assertThat(issue.message()).contains("\"apps/missing\"").contains("abc123");
        });
    }

    @Test
    void render_refusesASourcePathOutsideTheRoot() {
        Snapshot s = MemorySnapshot.builder("r").file("a.yaml", configMap("a")).build();
        assertThat(codes(render(FLAT, s, "../other"))).containsExactly(SnapshotPaths.PATH_ESCAPES_ROOT);
        assertThat(codes(render(FLAT, s, "/abs"))).containsExactly(SnapshotPaths.INVALID_PATH);
    }

    @Test
    void render_rendersASingleFileSourcePath() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("apps/web.yaml", configMap("web"))
                .file("apps/other.yaml", configMap("other"))
                .build();
        RenderResult result = render(FLAT.withExclude("*"), s, "apps/web.yaml");
        assertThat(result.issues()).isEmpty();
        assertThat(names(result)).containsExactly("web");
        assertThat(result.objects().get(0).origin().orElseThrow().file()).isEqualTo("apps/web.yaml");
    }

    @Test
    void render_followsASourcePathThatIsALinkInsideTheRoot() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("real/web.yaml", configMap("web"))
                .symlink("current", "real")
                .build();
        RenderResult result = render(FLAT, s, "current");
        assertThat(names(result)).containsExactly("web");
        assertThat(result.objects().get(0).origin().orElseThrow().file()).isEqualTo("current/web.yaml");
    }

    @Test
    void render_returnsNothingForAnEmptyDirectory() {
        Snapshot s = MemorySnapshot.builder("r").directory("empty").build();
        RenderResult result = render(RECURSE, s, "empty");
        assertThat(result.objects()).isEmpty();
        assertThat(result.issues()).isEmpty();
    }
}
