package dev.windlass.render;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.Snapshot;
import java.util.List;

/** Shared inputs and short views of results for the renderer tests. */
final class RenderFixtures {

    static final DirectoryOptions FLAT = DirectoryOptions.DEFAULT;
    static final DirectoryOptions RECURSE = DirectoryOptions.DEFAULT.withRecurse(true);

    private RenderFixtures() {
    }

    static String configMap(String name) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n";
    }

    static RenderResult render(DirectoryOptions options, Snapshot snapshot, String path) {
        return new DirectoryRenderer(options).render(snapshot, path);
    }

    static List<String> names(RenderResult result) {
        return result.objects().stream().map(KubeObject::name).toList();
    }

    static List<String> codes(RenderResult result) {
        return result.issues().stream().map(Issue::code).toList();
    }
}
