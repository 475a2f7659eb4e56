package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.Versions;
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
    private static final Frame CLOSE = new Frame(null, null, 0, new byte[0]);

    private final ApiResource resource;
    private final Predicate<MapNode> filter;
    private final UnaryOperator<MapNode> render;
    /** The render of plain watches; any other render is per watch (Tables) and not shared. */
    static final UnaryOperator<MapNode> IDENTITY = UnaryOperator.identity();
    private final FrameCache cache;
    private final LinkedBlockingQueue<Frame> queue = new LinkedBlockingQueue<>();
    private volatile long lastVersion;

    /**
     * @param render turns each event's object into what is sent: the object itself, or a one-row
     *               Table when the client watches with {@code as=Table} ({@code kubectl get -w})
     */
    WatchStream(ApiResource resource, Predicate<MapNode> filter, UnaryOperator<MapNode> render, FrameCache cache,
                long startVersion) {
        this.resource = resource;
        this.cache = cache;
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
        // Only a reference is queued here, inside the store's lock; encoding happens on the serving thread.
        queue.offer(new Frame(type, event.object(), event.resourceVersion(), null));
    }

    /** Ends the stream (a dropped connection, an outage or server shutdown). */
    @Override
    public void close() {
        queue.offer(CLOSE);
    }

    /** Sends an ERROR event with {@code error}'s Status, then ends; what a watch too old to resume gets. */
    void fail(ApiException error) {
        queue.offer(Frame.encoded(FrameCache.encode("ERROR", Responses.status(error))));
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
                Frame frame = queue.poll(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)), TimeUnit.MILLISECONDS);
                if (frame == CLOSE) {
                    return;
                }
                if (frame != null) {
                    out.write(bytes(frame));
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
        queue.offer(Frame.encoded(bookmark(true)));
    }

    private void drain(OutputStream out) throws IOException {
        Frame next;
        int burst = 0;
        while (burst++ < 1000 && (next = queue.peek()) != null && next != CLOSE) {
            out.write(bytes(queue.poll()));
        }
    }

    /** The frame's bytes: shared through the cache for plain objects, rendered per watch for Tables. */
    private byte[] bytes(Frame frame) {
        if (frame.encoded() != null) {
            return frame.encoded();
        }
        MapNode object = Versions.as(resource, frame.object());
        if (render == IDENTITY) {
            return cache.frame(frame.type(), object, frame.version(), resource.groupVersion());
        }
        return FrameCache.encode(frame.type(), render.apply(object));
    }

    /** A queued event (type, stored object, its version) or bytes already encoded (bookmarks, errors). */
    private record Frame(String type, MapNode object, long version, byte[] encoded) {
        static Frame encoded(byte[] bytes) {
            return new Frame(null, null, 0, bytes);
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


    private byte[] bookmark(boolean initialEventsEnd) {
        MapNode.Builder metadata = MapNode.builder().put("resourceVersion", Node.of(Long.toString(lastVersion)));
        if (initialEventsEnd) {
            metadata.put("annotations", MapNode.of("k8s.io/initial-events-end", "true"));
        }
        MapNode object = MapNode.builder().put("kind", Node.of(resource.kind()))
                .put("apiVersion", Node.of(resource.groupVersion())).put("metadata", metadata.build()).build();
        return FrameCache.encode("BOOKMARK", object);
    }

}
