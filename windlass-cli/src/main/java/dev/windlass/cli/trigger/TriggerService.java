package dev.windlass.cli.trigger;

import dev.windlass.pipelines.run.ObjectLookup;
import dev.windlass.pipelines.triggers.EventListener;
import dev.windlass.pipelines.triggers.EventListenerHandler;
import dev.windlass.pipelines.triggers.RunLauncher;
import dev.windlass.pipelines.triggers.TriggerCatalog;
import dev.windlass.server.triggers.TriggerServer;
import dev.windlass.server.triggers.TriggerServerOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Serves every EventListener of a trigger catalog over HTTP, for {@code windlass trigger serve} and
 * {@code windlass up}: one listener at {@code /}, several at {@code /<namespace>/<name>}.
 */
public final class TriggerService {

    private TriggerService() {
    }

    /** A running server and the lines that say where each listener is. */
    public record Served(TriggerServer server, List<String> listening) implements AutoCloseable {
        public Served {
            listening = List.copyOf(listening);
        }

        @Override
        public void close() {
            server.close();
        }
    }

    public static Served serve(TriggerCatalog catalog, ObjectLookup lookup, RunLauncher launcher,
            TriggerServerOptions options, Consumer<String> log) throws IOException {
        List<EventListenerHandler> handlers = new ArrayList<>();
        for (EventListener listener : catalog.listeners()) {
            handlers.add(new EventListenerHandler(listener, catalog, lookup, launcher));
        }
        TriggerServer server = TriggerServer.start(handlers, options, log);
        List<String> lines = new ArrayList<>();
        for (EventListener listener : catalog.listeners()) {
            String path = handlers.size() == 1 ? "/" : "/" + listener.id();
            lines.add("EventListener " + listener.id() + " listening on " + server.url() + path);
        }
        return new Served(server, lines);
    }
}
