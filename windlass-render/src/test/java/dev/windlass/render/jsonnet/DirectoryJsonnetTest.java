package dev.windlass.render.jsonnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.render.DirectoryOptions;
import dev.windlass.render.DirectoryRenderer;
import dev.windlass.render.RenderResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryJsonnetTest {

    private static final String CM_YAML = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s\n";
    private static final String CM_JSONNET = "{apiVersion: 'v1', kind: 'ConfigMap', metadata: {name: %s}}";

    private static RenderResult render(Snapshot snapshot, String path, JsonnetOptions options) {
        return new DirectoryRenderer(DirectoryOptions.DEFAULT.withRecurse(true), new JsonnetRenderer(options))
                .render(snapshot, path);
    }

    private static List<String> names(RenderResult result) {
        return result.objects().stream().map(KubeObject::name).toList();
    }

    @Test
    void directory_rendersYamlAndJsonnetTogether_inWalkOrder() {
        Snapshot snapshot = MemorySnapshot.builder("r")
                .file("app/a.yaml", CM_YAML.formatted("a"))
                .file("app/b.jsonnet", "[" + CM_JSONNET.formatted("'b1'") + ", " + CM_JSONNET.formatted("'b2'") + "]")
                .file("app/c.yml", CM_YAML.formatted("c"))
                .build();

        RenderResult result = render(snapshot, "app", JsonnetOptions.DEFAULT);

        assertThat(result.issues()).isEmpty();
        assertThat(names(result)).containsExactly("a", "b1", "b2", "c");
        assertThat(result.objects().get(1).origin().orElseThrow().file()).isEqualTo("app/b.jsonnet");
    }

    @Test
    void directory_doesNotRenderLibsonnetAlone_butImportsItFromTheSourceDirectory() {
        Snapshot snapshot = MemorySnapshot.builder("r")
                .file("app/lib/k.libsonnet", "{cm(n): " + CM_JSONNET.formatted("n") + "}")
                .file("app/sub/main.jsonnet", "(import 'lib/k.libsonnet').cm('m')")
                .build();

        RenderResult result = render(snapshot, "app", JsonnetOptions.DEFAULT);

        assertThat(result.issues()).isEmpty();
        assertThat(names(result)).containsExactly("m");
    }

    @Test
    void directory_jsonnetError_failsTheWholeRender() {
        Snapshot snapshot = MemorySnapshot.builder("r")
                .file("app/a.yaml", CM_YAML.formatted("a"))
                .file("app/b.jsonnet", "error 'no'")
                .build();

        RenderResult result = render(snapshot, "app", JsonnetOptions.DEFAULT);

        assertThat(result.objects()).isEmpty();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(JsonnetMessages.EVALUATION_ERROR);
            assertThat(issue.location().toString()).startsWith("app/b.jsonnet:1:");
        });
        assertThat(names(new RenderResult(result.readable(), List.of()))).containsExactly("a");
    }

    @Test
    void directory_withoutAJsonnetRenderer_stillSkipsJsonnetWithANote() {
        Snapshot snapshot = MemorySnapshot.builder("r").file("b.jsonnet", CM_JSONNET.formatted("'b'")).build();

        RenderResult result = new DirectoryRenderer(DirectoryOptions.DEFAULT).render(snapshot, "");

        assertThat(result.objects()).isEmpty();
        assertThat(result.issues()).singleElement().satisfies(issue -> assertThat(issue.isError()).isFalse());
    }
}
