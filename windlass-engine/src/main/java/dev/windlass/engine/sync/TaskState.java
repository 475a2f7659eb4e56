package dev.windlass.engine.sync;

import java.util.Objects;

/**
 * The persisted state of one task: its status and the last message about it (the apply result,
 * the health message, the error).
 */
public record TaskState(TaskStatus status, String message) {

    /** The state of a task nobody has started. */
    public static final TaskState PENDING = new TaskState(TaskStatus.PENDING, "");

    public TaskState {
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    public static TaskState running(String message) {
        return new TaskState(TaskStatus.RUNNING, message);
    }

    public static TaskState succeeded(String message) {
        return new TaskState(TaskStatus.SUCCEEDED, message);
    }

    public static TaskState failed(String message) {
        return new TaskState(TaskStatus.FAILED, message);
    }

    public static TaskState skipped(String message) {
        return new TaskState(TaskStatus.SKIPPED, message);
    }
}
