package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.WireJson;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.WatchEvent;
import dev.windlass.sandbox.store.WatchListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One watch connection: events from the store, filtered by the request's selectors, written as
 * newline-delimited {@code {"type":…,"object":…}} frames. An object that stops matching a
 * selector is sent as DELETED and one that starts matching as ADDED, as kube-apiserver does.
 * Bookmarks carry the latest resource version when the client allows them.
 */
final class WatchStream implements WatchListener, AutoCloseable {

    /** A watcher this far behind is cut off, as the real server drops slow watchers. */
    static final int MAX_BACKLOG = 200_000;
    private static final byte[] CLOSE = new byte[0];

    private final ApiResource resource;
    private final Predicate<MapNode> filter;
    private final UnaryOperator<MapNode> render;
    private final LinkedBlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
    private volatile long lastVersion;

    /**
     * @param render turns each event's object into what is sent: the object itself, or a one-row
     *               Table when the client watches with {@code as=Table} ({@code kubectl get -w})
     */
    WatchStream(ApiResource resource, Predicate<MapNode> filter, UnaryOperator<MapNode> render, long startVersion) {
        this.resource = resource;
        this.filter = filter;
        this.render = render;
        this.lastVersion = startVersion;
    }

    @Override
    public void onEvent(WatchEvent event) {
        String type = translate(event);
        lastVersion = Math.max(lastVersion, event.resourceVersion());
        if (type == null) {
            return;
        }
        if (queue.size() >= MAX_BACKLOG) {
            queue.clear();
            queue.offer(CLOSE);
            return;
        }
        queue.offer(frame(type, render.apply(versioned(event.object()))));
    }

    /** Ends the stream (a dropped connection, an outage or server shutdown). */
    @Override
    public void close() {
        queue.offer(CLOSE);
    }

    /** Sends an ERROR event with {@code error}'s Status, then ends; what a watch too old to resume gets. */
    void fail(ApiException error) {
        queue.offer(frame("ERROR", Responses.status(error)));
        queue.offer(CLOSE);
    }

    /** Streams until the timeout, a close, or the client going away. */
    void serve(HttpExchange exchange, Duration timeout, boolean bookmarks, Duration bookmarkEvery) throws IOException {
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(200, 0);
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextBookmark = System.nanoTime() + bookmarkEvery.toNanos();
        try (OutputStream out = exchange.getResponseBody()) {
            out.flush();
            while (true) {
                long now = System.nanoTime();
                if (now >= deadline) {
                    return;
                }
                long wait = Math.min(deadline - now, bookmarks ? Math.max(0, nextBookmark - now) : deadline - now);
                byte[] frame = queue.poll(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)), TimeUnit.MILLISECONDS);
                if (frame == CLOSE) {
                    return;
                }
                if (frame != null) {
                    out.write(frame);
                    drain(out);
                    out.flush();
                } else if (bookmarks && System.nanoTime() >= nextBookmark) {
                    out.write(bookmark(false));
                    out.flush();
                    nextBookmark = System.nanoTime() + bookmarkEvery.toNanos();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    /** Queues the bookmark that ends the initial events of a {@code sendInitialEvents} watch. */
    void initialEventsEnd() {
        queue.offer(bookmark(true));
    }

    private void drain(OutputStream out) throws IOException {
        byte[] next;
        int burst = 0;
        while (burst++ < 1000 && (next = queue.peek()) != null && next != CLOSE) {
            out.write(queue.poll());
        }
    }

    private String translate(WatchEvent event) {
        boolean now = event.type() != WatchEvent.Type.DELETED && filter.test(event.object());
        boolean before = event.previous() != null && filter.test(event.previous());
        return switch (event.type()) {
            case ADDED -> now ? "ADDED" : null;
            case DELETED -> before ? "DELETED" : null;
            case MODIFIED -> now && before ? "MODIFIED" : now ? "ADDED" : before ? "DELETED" : null;
        };
    }

    private MapNode versioned(MapNode object) {
        String apiVersion = resource.groupVersion();
        return object.getText("apiVersion").filter(apiVersion::equals).isPresent()
                ? object : object.with("apiVersion", Node.of(apiVersion));
    }

    private byte[] bookmark(boolean initialEventsEnd) {
        MapNode.Builder metadata = MapNode.builder().put("resourceVersion", Node.of(Long.toString(lastVersion)));
        if (initialEventsEnd) {
            metadata.put("annotations", MapNode.of("k8s.io/initial-events-end", "true"));
        }
        MapNode object = MapNode.builder().put("kind", Node.of(resource.kind()))
                .put("apiVersion", Node.of(resource.groupVersion())).put("metadata", metadata.build()).build();
        return frame("BOOKMARK", object);
    }

    private static byte[] frame(String type, MapNode object) {
        byte[] json = WireJson.bytes(object);
        byte[] head = ("{\"type\":\"" + type + "\",\"object\":").getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[head.length + json.length + 2];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(json, 0, frame, head.length, json.length);
        frame[frame.length - 2] = '}';
        frame[frame.length - 1] = '\n';
        return frame;
    }
}
