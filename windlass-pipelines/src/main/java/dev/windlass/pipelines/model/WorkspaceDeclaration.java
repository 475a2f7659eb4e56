package dev.windlass.pipelines.model;

/**
 * A workspace a Task or Pipeline declares ({@code spec.workspaces[]}). {@code mountPath} is empty
 * for the default ({@code /workspace/<name>}) and for pipeline workspaces.
 */
public record WorkspaceDeclaration(String name, String description, String mountPath, boolean readOnly,
        boolean optional) {
}
