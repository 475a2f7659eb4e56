package dev.windlass.engine.sync;

import dev.windlass.engine.health.Health;
import dev.windlass.engine.health.HealthStatus;
import java.util.Optional;

/** Moves one running task on by the health of its object, as gitops-engine does for resources and hooks. */
final class TaskHealth {

    private TaskHealth() {
    }

    static TaskState settle(SyncTask task, TaskState state, Optional<Health> health) {
        if (task.isPrune()) {
            boolean gone = health.isEmpty() || health.get().status() == HealthStatus.MISSING;
            return gone ? TaskState.succeeded(state.message().isEmpty() ? "pruned" : state.message()) : state;
        }
        if (health.isEmpty()) {
            return TaskState.succeeded(state.message().isEmpty() ? task.key().name() + " created" : state.message());
        }
        Health h = health.get();
        String message = h.message().isEmpty() ? state.message() : h.message();
        return task.isHook() ? hook(h.status(), message) : resource(h.status(), message);
    }

    private static TaskState hook(HealthStatus status, String message) {
        return switch (status) {
            case HEALTHY -> TaskState.succeeded(message);
            case DEGRADED, UNKNOWN -> TaskState.failed(message);
            case PROGRESSING, SUSPENDED, MISSING -> TaskState.running(message);
        };
    }

    private static TaskState resource(HealthStatus status, String message) {
        return switch (status) {
            case HEALTHY, SUSPENDED -> TaskState.succeeded(message);
            case DEGRADED -> TaskState.failed(message);
            case PROGRESSING, MISSING, UNKNOWN -> TaskState.running(message);
        };
    }
}
