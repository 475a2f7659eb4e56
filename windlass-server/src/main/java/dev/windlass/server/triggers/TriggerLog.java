package dev.windlass.server.triggers;

import dev.windlass.model.KubeObject;
import dev.windlass.pipelines.triggers.EventListener;
import dev.windlass.pipelines.triggers.Response;
import dev.windlass.pipelines.triggers.TriggerOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One line per event for the log: the status, and what each trigger did. */
public final class TriggerLog {

    private TriggerLog() {
    }

    /**
     * For example {@code ci-cd/github-webhook-listener: event 3f1c… 202: github-push accepted (PipelineRun build-)}
     * or {@code …: event 9a2b… 401: github-push unauthorized: payload signature check failed}.
     */
    public static String describe(EventListener listener, Response response) {
        List<String> parts = new ArrayList<>();
        for (TriggerOutcome o : response.outcomes()) {
            String name = o.trigger().isEmpty() ? "(unnamed trigger)" : o.trigger();
            String status = o.status().name().toLowerCase(Locale.ROOT);
            if (o.status() == TriggerOutcome.Status.ACCEPTED) {
                parts.add(name + " " + status + " (" + objects(o.objects()) + ")");
            } else {
                parts.add(name + " " + status + ": " + o.message());
            }
        }
        String event = response.eventId().isEmpty() ? "event" : "event " + response.eventId();
        String detail = parts.isEmpty() ? (response.status() == 400 ? "the body is not a JSON object" : "no triggers")
                : String.join("; ", parts);
        return listener.id() + ": " + event + " " + response.status() + ": " + detail;
    }

    private static String objects(List<KubeObject> objects) {
        List<String> names = new ArrayList<>();
        for (KubeObject o : objects) {
            names.add(o.kind() + " " + (o.name().isEmpty() ? o.generateName() : o.name()));
        }
        return names.isEmpty() ? "nothing to create" : String.join(", ", names);
    }
}
