package dev.windlass.pipelines.triggers;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;

/**
 * An EventListener's answer: the HTTP status (202 Accepted, 400 for a body that is not JSON, 401 for a
 * bad signature or token), the JSON body Tekton's sink returns ({@code eventListener}, {@code namespace},
 * {@code eventListenerUID}, {@code eventID}, and {@code errorMessage} on failure), what each trigger did,
 * and the objects handed to the {@link RunLauncher}.
 */
public record Response(int status, MapNode body, List<TriggerOutcome> outcomes, List<KubeObject> launched) {

    public Response {
        outcomes = List.copyOf(outcomes);
        launched = List.copyOf(launched);
    }

    /** The body as the sink writes it: one line of JSON. */
    public String json() {
        return JsonWriter.write(body, 0) + "\n";
    }

    public String eventId() {
        return body.getText("eventID").orElse("");
    }

    static MapNode body(EventListener listener, String eventId, String error) {
        MapNode.Builder b = MapNode.builder()
                .put("eventListener", Node.of(listener.name()))
                .put("namespace", Node.of(listener.namespace()))
                .put("eventListenerUID", Node.of(listener.uid()));
        if (!eventId.isEmpty()) {
            b.put("eventID", Node.of(eventId));
        }
        if (!error.isEmpty()) {
            b.put("errorMessage", Node.of(error));
        }
        return b.build();
    }
}
