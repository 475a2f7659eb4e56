package dev.windlass.bench.kustomize;

import dev.windlass.kustomize.KustomizeOptions;
import dev.windlass.kustomize.KustomizeOutput;
import dev.windlass.kustomize.Kustomizer;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.LocalSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One Windlass build of a fixture's overlay, as {@code windlass kustomize build} does it: read from
 * the disk through a fresh {@link LocalSnapshot} (nothing cached between builds), built with
 * {@code kustomize build}'s defaults and printed as kustomize prints YAML.
 */
final class InProcessBuild {

    private final Path root;
    private final String overlay;

    /** Builds {@code layout}'s overlay. */
    InProcessBuild(KustomizeFixture.Layout layout) {
        this.root = layout.root();
        this.overlay = root.relativize(layout.overlay()).toString().replace('\\', '/');
    }

    /** The built objects; throws when the build reports errors. */
    List<KubeObject> objects() {
        Result<List<KubeObject>> built = Kustomizer.build(LocalSnapshot.of(root), overlay, KustomizeOptions.defaults());
        if (built.hasErrors()) {
            throw new IllegalStateException("Windlass could not build " + root.resolve(overlay) + ": "
                    + built.errors().stream().map(Issue::toString).collect(Collectors.joining("; ")));
        }
        return built.value();
    }

    /** The built objects as {@code kustomize build} prints them. */
    String yaml() {
        return KustomizeOutput.yaml(objects());
    }
}
