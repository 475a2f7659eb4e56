package dev.windlass.pipelines.local;

/**
 * A TaskRun that cannot start or finish on the host for a reason the user can fix (a missing
 * ConfigMap, an undeclared workspace, a step without command or script). Thrown inside the
 * executor only; {@link LocalTaskExecutor} turns it into a failed outcome with Tekton's reason.
 */
final class LocalFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String VALIDATION = "TaskRunValidationFailed";
    static final String CONTAINER_CONFIG = "CreateContainerConfigError";

    private final String reason;

    LocalFailure(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
