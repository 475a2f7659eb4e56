package dev.windlass.model.tree;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The read-only map behind a {@link MapNode} of a few keys: two parallel arrays in insertion
 * order, searched linearly. Most maps in Kubernetes objects are small (metadata, labels, one
 * container, managedFields' field sets), and a hash map with its table and entry objects costs
 * several times the memory of the references it holds.
 */
final class SmallMap extends AbstractMap<String, Node> {

    /** Maps up to this size use the array form. */
    static final int MAX_SIZE = 8;

    private final String[] keys;
    private final Node[] values;

    SmallMap(Map<String, Node> source) {
        keys = new String[source.size()];
        values = new Node[source.size()];
        int i = 0;
        for (Map.Entry<String, Node> entry : source.entrySet()) {
            keys[i] = entry.getKey();
            values[i] = entry.getValue();
            i++;
        }
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Node get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Node>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Entry<String, Node>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Node> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
