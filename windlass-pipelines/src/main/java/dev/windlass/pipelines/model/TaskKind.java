package dev.windlass.pipelines.model;

/** The kind a {@code taskRef} names: {@code Task} (the default) or the deprecated {@code ClusterTask}. */
public enum TaskKind {
    TASK("Task"),
    CLUSTER_TASK("ClusterTask");

    private final String text;

    TaskKind(String text) {
        this.text = text;
    }

    /** The spelling used in YAML. */
    public String text() {
        return text;
    }
}
