package dev.windlass.sandbox.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last {@code limit} committed events, so a watch can resume from a recent resource version.
 * Older versions are compacted away, as etcd compacts: a watch from before the oldest kept
 * event gets 410 Gone. Used only under the store's write lock.
 */
final class EventHistory {

    private final int limit;
    private final Deque<WatchEvent> events = new ArrayDeque<>();
    /** Every version after this one is still in {@link #events}. */
    private long compactedThrough;

    EventHistory(int limit) {
        this.limit = limit;
    }

    void add(WatchEvent event) {
        events.addLast(event);
        if (events.size() > limit) {
            compactedThrough = events.removeFirst().resourceVersion();
        }
    }

    void reset(long version) {
        events.clear();
        compactedThrough = version;
    }

    /** Events after {@code version} that match {@code scope}, oldest first. */
    List<WatchEvent> since(long version, WatchScope scope) {
        if (version < compactedThrough) {
            throw new StoreException(StoreException.Reason.GONE, null,
                    "too old resource version: " + version + " (" + compactedThrough + ")");
        }
        List<WatchEvent> out = new ArrayList<>();
        var iterator = events.descendingIterator();
        while (iterator.hasNext()) {
            WatchEvent event = iterator.next();
            if (event.resourceVersion() <= version) {
                break;
            }
            if (scope.matches(event.key())) {
                out.add(event);
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    long compactedThrough() {
        return compactedThrough;
    }
}
