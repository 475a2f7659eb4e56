package dev.windlass.render;

import static dev.windlass.render.RenderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Origin;
import dev.windlass.model.Severity;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.SourceText;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.tree.FieldPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What becomes of each file's content: documents, lists, non-manifests, binary and oversized files, errors. */
class DirectoryRendererDocumentsTest {

    @Test
    void render_ordersDocumentsAndListItemsWithinAFile() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("all.yaml", configMap("one") + "---\n" + """
                        apiVersion: v1
                        kind: List
                        items:
                        - apiVersion: v1
                          kind: ConfigMap
                          metadata: {name: two}
                        - apiVersion: v1
                          kind: Secret
                          metadata: {name: three}
                        ---
                        """ + configMap("four"))
                .build();
        RenderResult result = render(FLAT, s, "");
        assertThat(result.issues()).isEmpty();
        assertThat(names(result)).containsExactly("one", "two", "three", "four");
        assertThat(result.objects().get(2).kind()).isEqualTo("Secret");
    }

    @Test
    void render_flattensListKindsAndRecordsItemOrigins() {
        Snapshot s = MemorySnapshot.builder("r").file("list.yaml", """
                apiVersion: v1
                kind: ConfigMapList
                items:
                - apiVersion: v1
                  kind: ConfigMap
                  metadata:
                    name: first
                - apiVersion: v1
                  kind: ConfigMap
                  metadata:
                    name: second
                """).build();
        RenderResult result = render(FLAT, s, "");
        assertThat(result.issues()).isEmpty();
        assertThat(names(result)).containsExactly("first", "second");
        Origin origin = result.objects().get(1).origin().orElseThrow();
        assertThat(origin.file()).isEqualTo("list.yaml");
        assertThat(origin.base()).isEqualTo(FieldPath.root().key("items").index(1));
    }

    @Test
    void render_readsAListWithNullItemsAsEmpty() {
        Snapshot s = MemorySnapshot.builder("r").file("list.yaml", "apiVersion: v1\nkind: ConfigMapList\nitems: null\n").build();
        RenderResult result = render(FLAT, s, "");
        assertThat(result.issues()).isEmpty();
        assertThat(result.objects()).isEmpty();
    }

    @Test
    void render_reportsInvalidListItemsAtTheirIndex() {
        Snapshot s = MemorySnapshot.builder("r").file("list.yaml", """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: ConfigMap
                  metadata: {name: ok}
                - apiVersion: v1
                  metadata: {name: no-kind}
                - just a string
                """).build();
        RenderResult result = render(FLAT, s, "");
        assertThat(result.objects()).isEmpty();
        assertThat(result.issues()).hasSize(2);
        Issue missingKind = result.issues().get(0);
        assertThat(missingKind.code()).isEqualTo(RenderMessages.MISSING_FIELD);
        assertThat(missingKind.message()).startsWith("items[1] of document 1 has no \"kind\"");
        assertThat(missingKind.location().fileText()).isEqualTo("list.yaml:7:3");
        Issue notObject = result.issues().get(1);
        assertThat(notObject.code()).isEqualTo(RenderMessages.NOT_AN_OBJECT);
        assertThat(notObject.message()).startsWith("items[2] of document 1 is a string");
        assertThat(notObject.location().fileText()).isEqualTo("list.yaml:9:3");
    }

    @Test
    void render_dropsEmptyDocuments() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("a.yaml", "---\n# only a comment\n---\n" + configMap("a") + "---\n---\nnull\n")
                .file("empty.yaml", "")
                .build();
        RenderResult result = render(FLAT, s, "");
        assertThat(result.issues()).isEmpty();
        assertThat(names(result)).containsExactly("a");
        assertThat(result.objects().get(0).origin().orElseThrow().documentIndex()).isEqualTo(1);
    }

    @Test
    void render_warnsAboutYamlThatIsNotAManifest() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("values.yaml", "replicaCount: 2\nimage:\n  tag: v1\n")
                .file("list.yaml", "- a\n- b\n")
                .file("web.yaml", configMap("web"))
                .build();
        RenderResult result = render(FLAT, s, "");
        assertThat(names(result)).containsExactly("web");
        assertThat(result.issues()).extracting(Issue::severity, Issue::code, i -> i.location().fileText())
                .containsExactly(
                        tuple(Severity.WARNING, RenderMessages.NOT_A_MANIFEST, "list.yaml"),
                        tuple(Severity.WARNING, RenderMessages.NOT_A_MANIFEST, "values.yaml"));
        assertThat(result.issues().get(0).message()).isEqualTo("not a Kubernetes manifest (no apiVersion or kind); skipped");
    }

    @Test
    void render_reportsMissingApiVersionOrKindAtTheDocument() {
        Snapshot s = MemorySnapshot.builder("r").file("a.yaml", configMap("ok") + "---\nkind: Service\nmetadata:\n  name: x\n"
                + "---\napiVersion: v1\nkind: 3\n---\n- a list\n").build();
        RenderResult result = render(FLAT, s, "");
        assertThat(result.objects()).isEmpty();
        assertThat(result.issues()).extracting(Issue::code).containsExactly(
                RenderMessages.MISSING_FIELD, RenderMessages.WRONG_TYPE, RenderMessages.NOT_AN_OBJECT);
        assertThat(result.issues().get(0).message())
                .isEqualTo("document 2 has no \"apiVersion\"; every Kubernetes object needs apiVersion and kind:"
                        + " add e.g. \"apiVersion: v1\" or \"apiVersion: apps/v1\"");
        assertThat(result.issues().get(0).location().fileText()).isEqualTo("a.yaml:6:1");
        assertThat(result.issues().get(1).message()).startsWith("\"kind\" of document 3 must be a non-empty string, not a number");
        assertThat(result.issues().get(1).location().fileText()).isEqualTo("a.yaml:11:1");
    }

    @Test
    void render_skipsBinaryFilesWithWarning() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("blob.yaml", new byte[] {'a', 0, 'b'})
                .file("a.yaml", configMap("a"))
                .build();
        RenderResult result = render(FLAT, s, "");
        assertThat(names(result)).containsExactly("a");
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.code()).isEqualTo(SourceText.BINARY);
            assertThat(issue.location().fileText()).isEqualTo("blob.yaml");
        });
    }

    @Test
    void render_reportsATooLargeFileAsError() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("big.yaml", configMap("big") + "data:\n  k: " + "x".repeat(200) + "\n")
                .file("a.yaml", configMap("a"))
                .build();
        DirectoryOptions small = FLAT.withLimits(CodecLimits.DEFAULT.withMaxFileBytes(100));
        RenderResult result = render(small, s, "");
        assertThat(result.objects()).isEmpty();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.isError()).isTrue();
            assertThat(issue.code()).isEqualTo(SourceText.FILE_TOO_LARGE);
            assertThat(issue.location().fileText()).isEqualTo("big.yaml");
            assertThat(issue.message()).contains("--max-file-size");
        });
    }

    @Test
    void render_readsJsonFiles() {
        Snapshot s = MemorySnapshot.builder("r").file("app/cm.json", """
                {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "from-json"}, "data": {"n": "1"}}
                """).build();
        RenderResult result = render(FLAT, s, "app");
        assertThat(result.issues()).isEmpty();
        assertThat(names(result)).containsExactly("from-json");
        assertThat(result.objects().get(0).origin().orElseThrow().file()).isEqualTo("app/cm.json");
    }

    @Test
    void render_notesJsonnetFilesOnce() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("main.jsonnet", "{}")
                .file("a.yaml", configMap("a"))
                .build();
        RenderResult result = render(FLAT, s, "");
        assertThat(names(result)).containsExactly("a");
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.NOTE);
            assertThat(issue.location().fileText()).isEqualTo("main.jsonnet");
            assertThat(issue.message()).isEqualTo("jsonnet is not supported yet; file skipped");
        });
    }

    @Test
    void render_collectsErrorsFromEveryFileAndReturnsNoObjects() {
        Snapshot s = MemorySnapshot.builder("r")
                .file("a.yaml", configMap("a"))
                .file("b.yaml", "apiVersion: v1\nkind: [unclosed\n")
                .file("c.yaml", configMap("c"))
                .file("d.yaml", "apiVersion: v1\nmetadata: {name: d}\n")
                .file("e.json", "{\"apiVersion\": \"v1\", ")
                .build();
        RenderResult result = render(FLAT, s, "");
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.objects()).isEmpty();
        assertThat(result.issues()).filteredOn(Issue::isError)
                .extracting(i -> i.location().fileName().orElse(""))
                .containsExactly("b.yaml", "d.yaml", "e.json");
        assertThat(result.issues().get(0).location().filePosition()).isPresent();
        assertThat(result.readable()).extracting(KubeObject::name).containsExactly("a", "c");
    }

    @Test
    void render_recordsOriginsRelativeToTheSnapshotRoot() {
        Snapshot s = MemorySnapshot.builder("r").file("apps/web.yaml", "# header\n" + configMap("web")).build();
        KubeObject object = render(FLAT, s, "./apps/").objects().get(0);
        Origin origin = object.origin().orElseThrow();
        assertThat(origin.file()).isEqualTo("apps/web.yaml");
        assertThat(origin.documentIndex()).isZero();
        assertThat(origin.position().line()).isEqualTo(2);
    }
}
