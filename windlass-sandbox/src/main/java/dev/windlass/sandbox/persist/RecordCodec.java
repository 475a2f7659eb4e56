package dev.windlass.sandbox.persist;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.WireJson;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.StoredObject;
import dev.windlass.sandbox.store.WatchEvent;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The byte layout of records, shared by logs and snapshots. A frame is a 4-byte big-endian payload
 * length, the payload's 4-byte CRC32C, then the payload. A change payload is the type byte
 * (1 ADDED, 2 MODIFIED, 3 DELETED), the 8-byte resource version, group, resource, namespace and name
 * (each a 4-byte length and UTF-8), then the object's compact JSON (a 4-byte length and the bytes;
 * empty for DELETED). A snapshot header payload is the type byte 16, the last resource version and
 * the number of objects that follow (8 bytes each).
 */
final class RecordCodec {

    static final int FRAME_HEADER = 8;
    /** Larger than any object the API accepts, small enough to reject a garbage length at once. */
    static final int MAX_PAYLOAD = 64 * 1024 * 1024;
    static final byte SNAPSHOT_HEADER = 16;
    private static final int SNAPSHOT_HEADER_SIZE = 1 + 8 + 8;
    /** The smallest change payload: type, version, four empty strings and an empty object. */
    private static final int CHANGE_MIN = 1 + 8 + 4 * 4 + 4;
    /** The smallest payload of any kind, the snapshot header; a shorter length is garbage. */
    static final int MIN_PAYLOAD = Math.min(CHANGE_MIN, SNAPSHOT_HEADER_SIZE);

    private RecordCodec() {
    }

    /** The frame of {@code payload}: length, CRC32C, payload. */
    static byte[] frame(byte[] payload) {
        ByteBuffer out = ByteBuffer.allocate(FRAME_HEADER + payload.length);
        out.putInt(payload.length).putInt(crc(payload, 0, payload.length)).put(payload);
        return out.array();
    }

    static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    static byte[] change(WatchEvent event) {
        MapNode object = event.type() == WatchEvent.Type.DELETED ? null : event.object();
        return change(event.type(), event.key(), event.resourceVersion(), object);
    }

    static byte[] snapshotEntry(StoredObject stored) {
        return change(WatchEvent.Type.ADDED, stored.key(), stored.resourceVersion(), stored.object());
    }

    private static byte[] change(WatchEvent.Type type, ObjectKey key, long version, MapNode object) {
        byte[][] strings = {utf8(key.group()), utf8(key.resource()), utf8(key.namespace()), utf8(key.name())};
        byte[] json = object == null ? new byte[0] : WireJson.bytes(object);
        int size = CHANGE_MIN + json.length;
        for (byte[] s : strings) {
            size += s.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put((byte) (type.ordinal() + 1)).putLong(version);
        for (byte[] s : strings) {
            out.putInt(s.length).put(s);
        }
        out.putInt(json.length).put(json);
        return out.array();
    }

    static byte[] snapshotHeader(long lastVersion, long objectCount) {
        return ByteBuffer.allocate(SNAPSHOT_HEADER_SIZE)
                .put(SNAPSHOT_HEADER).putLong(lastVersion).putLong(objectCount).array();
    }

    /** {lastVersion, objectCount} of a snapshot header payload. */
    static long[] readSnapshotHeader(byte[] payload) {
        if (payload.length != SNAPSHOT_HEADER_SIZE || payload[0] != SNAPSHOT_HEADER) {
            throw new IllegalArgumentException("the first record is not a snapshot header");
        }
        ByteBuffer in = ByteBuffer.wrap(payload, 1, payload.length - 1);
        return new long[] {in.getLong(), in.getLong()};
    }

    /** Decodes a change payload whose checksum matched; throws IllegalArgumentException when it is malformed. */
    static JournalRecord readChange(byte[] payload) {
        try {
            ByteBuffer in = ByteBuffer.wrap(payload);
            int code = in.get();
            if (code < 1 || code > 3) {
                throw new IllegalArgumentException("unknown record type " + code);
            }
            WatchEvent.Type type = WatchEvent.Type.values()[code - 1];
            long version = in.getLong();
            ObjectKey key = new ObjectKey(string(in), string(in), string(in), string(in));
            byte[] json = bytes(in);
            if (in.hasRemaining()) {
                throw new IllegalArgumentException(in.remaining() + " unexpected bytes after the object");
            }
            return new JournalRecord(type, key, version, type == WatchEvent.Type.DELETED ? null : object(json));
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("the record is shorter than its fields say");
        }
    }

    private static MapNode object(byte[] json) {
        try {
            Node node = WireJson.parse(json);
            if (node instanceof MapNode map) {
                return map;
            }
            throw new IllegalArgumentException("the stored object is not a JSON object");
        } catch (ApiException e) {
            throw new IllegalArgumentException("the stored object is not valid JSON: " + e.getMessage());
        }
    }

    private static String string(ByteBuffer in) {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("a field length of " + length + " runs past the record");
        }
        byte[] out = new byte[length];
        in.get(out);
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
