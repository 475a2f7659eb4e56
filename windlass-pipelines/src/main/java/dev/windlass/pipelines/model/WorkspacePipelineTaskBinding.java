package dev.windlass.pipelines.model;

/** A pipeline task's mapping of a task workspace onto a pipeline workspace ({@code tasks[].workspaces[]}). */
public record WorkspacePipelineTaskBinding(String name, String workspace, String subPath) {
}
