package dev.windlass.pipelines.triggers;

import dev.windlass.model.KubeObject;
import java.util.List;

/** What one trigger did with an event: the objects it rendered, or why it stopped. */
public record TriggerOutcome(String trigger, Status status, String message, List<KubeObject> objects) {

    /** How the trigger ended. */
    public enum Status {
        /** Interceptors let the event through and the template rendered. */
        ACCEPTED,
        /** An interceptor stopped the event (a filter, an event type): not an error. */
        REJECTED,
        /** A signature or token was missing or wrong. */
        UNAUTHORIZED,
        /** Bindings or the template could not be resolved or rendered. */
        FAILED
    }

    public TriggerOutcome {
        objects = List.copyOf(objects);
    }
}
