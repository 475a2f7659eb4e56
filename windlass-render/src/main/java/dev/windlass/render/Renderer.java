package dev.windlass.render;

import dev.windlass.model.snapshot.Snapshot;

/**
 * Turns a source in a snapshot into manifests: the spine's render stage. Implementations are pure
 * functions of the snapshot, the path and their options (directory today; Jsonnet, Kustomize and
 * Helm as they land), and report every problem as an issue; a result with errors has no objects.
 */
public interface Renderer {

    /** Renders the source at {@code path} of {@code snapshot} ({@code ""} is the root). */
    RenderResult render(Snapshot snapshot, String path);
}
