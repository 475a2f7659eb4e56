package dev.windlass.sandbox.http;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.WireJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encodes watch frames once for all watchers: a hundred watches of the same resource share the
 * bytes of each event, and the encoding happens on the watchers' threads, outside the store's
 * write lock. Keyed by resource version (unique per committed change), event type and apiVersion;
 * the most recent {@value #CAPACITY} frames are kept.
 */
final class FrameCache {

    private static final int CAPACITY = 8192;

    private final Map<Key, byte[]> frames = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The frame of an event; {@code object} must be the stored object of {@code version} at {@code apiVersion}. */
    byte[] frame(String type, MapNode object, long version, String apiVersion) {
        Key key = new Key(version, type, apiVersion);
        synchronized (frames) {
            byte[] cached = frames.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] encoded = encode(type, object);
        synchronized (frames) {
            frames.put(key, encoded);
        }
        return encoded;
    }

    /** {@code {"type":…,"object":…}} and a newline. */
    static byte[] encode(String type, MapNode object) {
        byte[] json = WireJson.bytes(object);
        byte[] head = ("{\"type\":\"" + type + "\",\"object\":").getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[head.length + json.length + 2];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(json, 0, frame, head.length, json.length);
        frame[frame.length - 2] = '}';
        frame[frame.length - 1] = '\n';
        return frame;
    }

    private record Key(long version, String type, String apiVersion) {
    }
}
