package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.ListOptions;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectStore;
import dev.windlass.sandbox.store.StoreException;
import dev.windlass.sandbox.store.WatchScope;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.time.Instant;
import dev.windlass.sandbox.table.IncludeObject;
import dev.windlass.sandbox.table.TableConverter;
import dev.windlass.sandbox.table.TableMediaType;

/**
 * Serves watch requests and keeps the open ones, so that shutdown, an outage or an injected fault
 * can drop them all at once.
 */
final class Watches {

    private final ObjectService service;
    private final Duration defaultTimeout;
    private final Duration bookmarkEvery;
    private final Set<WatchStream> open = ConcurrentHashMap.newKeySet();
    private final FrameCache frames = new FrameCache();
    private final RequestGate gate;

    Watches(ObjectService service, RequestGate gate, Duration defaultTimeout, Duration bookmarkEvery) {
        this.service = service;
        this.gate = gate;
        this.defaultTimeout = defaultTimeout;
        this.bookmarkEvery = bookmarkEvery;
    }

    void serve(HttpExchange exchange, ApiResource resource, String namespace, String name, Query query)
            throws IOException {
        if ("websocket".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Upgrade"))) {
            refuseWebSocket(exchange);
            return;
        }
        ListOptions options = ResourceHandler.listOptions(query);
        Predicate<MapNode> selected = service.filter(resource, options);
        Predicate<MapNode> filter = name == null ? selected
                : selected.and(object -> name.equals(object.getMap("metadata").flatMap(m -> m.getText("name")).orElse("")));
        long from = startVersion(options.resourceVersion());
        boolean initialEvents = query.flag("sendInitialEvents");
        ObjectStore store = service.store();
        WatchStream stream = new WatchStream(resource, filter, render(exchange, resource, query), frames,
                store.currentVersion());
        String scopeNamespace = resource.namespaced() ? namespace : null;
        ObjectStore.Subscription subscription = null;
        try {
            subscription = store.watch(new WatchScope(resource.group(), resource.plural(), scopeNamespace),
                    initialEvents ? 0 : from, stream);
            if (initialEvents) {
                stream.initialEventsEnd();
            }
        } catch (StoreException e) {
            stream.fail(new ApiException(410, "Expired", e.getMessage(), null));
        }
        open.add(stream);
        AutoCloseable registration = gate.watchOpened(stream::close);
        long seconds = query.number("timeoutSeconds", 0);
        Duration timeout = seconds > 0 ? Duration.ofSeconds(seconds) : defaultTimeout;
        try {
            stream.serve(exchange, timeout, query.flag("allowWatchBookmarks"), bookmarkEvery);
        } finally {
            open.remove(stream);
            close(registration);
            if (subscription != null) {
                subscription.close();
            }
        }
    }

    private static void close(AutoCloseable registration) {
        try {
            registration.close();
        } catch (Exception e) {
            // unregistering a finished watch cannot fail in a way that matters
        }
    }

    /** Objects as they are, or as one-row Tables (headers on the first) when the client asks for Tables. */
    private static UnaryOperator<MapNode> render(HttpExchange exchange, ApiResource resource, Query query) {
        Optional<String> table = TableMediaType.requested(exchange.getRequestHeaders().getFirst("Accept"));
        if (table.isEmpty()) {
            return WatchStream.IDENTITY;
        }
        IncludeObject include = IncludeObject.parse(query.get("includeObject"));
        AtomicBoolean first = new AtomicBoolean(true);
        exchange.getResponseHeaders().set("Content-Type", TableMediaType.contentType(table.get()));
        return object -> TableConverter.toWatchTable(resource, object, include, Instant.now(), table.get(),
                first.getAndSet(false));
    }

    /**
     * The sandbox streams watches over plain HTTP only. A WebSocket upgrade is answered with a
     * finished 200, which is what clients (fabric8, client-go) take as "fall back to an HTTP watch".
     */
    private static void refuseWebSocket(HttpExchange exchange) throws IOException {
        Responses.json(exchange, 200, dev.windlass.model.tree.MapNode.of("kind", "Status", "apiVersion", "v1",
                "status", "Failure", "reason", "BadRequest", "code", 200L,
                "message", "watches are served over HTTP streaming, not WebSocket; retry without Upgrade"));
    }

    /** Ends every open watch; clients see the connection close and re-watch. */
    int dropAll() {
        int count = open.size();
        open.forEach(WatchStream::close);
        return count;
    }

    int openCount() {
        return open.size();
    }

    /** {@code resourceVersion} unset or "0": replay current state first; otherwise resume after it. */
    private static long startVersion(String resourceVersion) {
        if (resourceVersion == null || resourceVersion.isEmpty() || resourceVersion.equals("0")) {
            return 0;
        }
        try {
            long version = Long.parseLong(resourceVersion);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("resourceVersion: Invalid value: \"" + resourceVersion
                    + "\": must be a resource version this server returned");
        }
    }
}
