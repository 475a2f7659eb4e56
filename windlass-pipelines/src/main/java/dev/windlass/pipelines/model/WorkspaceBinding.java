package dev.windlass.pipelines.model;

import dev.windlass.model.tree.MapNode;

/**
 * A workspace bound by a PipelineRun or TaskRun ({@code spec.workspaces[]}).
 *
 * @param sourceName the claim, ConfigMap or Secret name; empty for emptyDir, templates and projected
 * @param raw the binding as written (items, volumeClaimTemplate spec, projected sources ...)
 */
public record WorkspaceBinding(String name, String subPath, WorkspaceSource source, String sourceName, MapNode raw) {
}
