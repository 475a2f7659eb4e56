package dev.windlass.pipelines.run;

/**
 * A run's {@code Succeeded} condition as Tekton writes it: status {@code True}, {@code False} or
 * {@code Unknown}, a reason ({@code Succeeded}, {@code Completed}, {@code Failed},
 * {@code PipelineRunTimeout}, {@code TaskRunTimeout}, {@code Cancelled}, {@code Running},
 * {@code PipelineRunPending} ...) and a message.
 */
public record Condition(String status, String reason, String message) {

    public static Condition running() {
        return new Condition("Unknown", "Running", "");
    }

    public boolean isDone() {
        return !"Unknown".equals(status);
    }

    public boolean isSucceeded() {
        return "True".equals(status);
    }
}
