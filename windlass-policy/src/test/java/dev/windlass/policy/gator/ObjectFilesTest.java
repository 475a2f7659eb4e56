package dev.windlass.policy.gator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.LocalSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

class ObjectFilesTest {

    @Test
    void parse_readsEveryDocument() throws GatorException {
        assertThat(ObjectFiles.parse("f.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\n---\n"
                + "apiVersion: v1\nkind: Pod\nmetadata: {name: b}\n")).extracting(KubeObject::name).containsExactly("a", "b");
    }

    @Test
    void parse_rejectsDocumentsWithoutKind() {
        assertThatThrownBy(() -> ObjectFiles.parse("f.yaml", "apiVersion: v1\nmetadata: {name: a}\n"))
                .hasMessageContaining("f.yaml: document 1 has no kind");
    }

    @Test
    void parse_rejectsScalars() {
        assertThatThrownBy(() -> ObjectFiles.parse("f.yaml", "just text\n"))
                .hasMessageContaining("f.yaml: document 1 is not a Kubernetes object");
    }

    @Test
    void read_reportsMissingFiles(@TempDir Path dir) {
        assertThatThrownBy(() -> ObjectFiles.read(LocalSnapshot.of(dir), "no/such/file.yaml"))
                .hasMessageContaining("no/such/file.yaml: no such file or directory");
    }

    @Test
    void read_readsFilesOfTheSnapshot(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pod.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n");
        assertThat(ObjectFiles.read(LocalSnapshot.of(dir), "pod.yaml")).extracting(KubeObject::name).containsExactly("a");
    }
}
