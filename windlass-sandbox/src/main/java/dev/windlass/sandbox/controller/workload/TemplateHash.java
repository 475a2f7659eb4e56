package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

/**
 * The short hash that names a pod template's revision ({@code pod-template-hash},
 * {@code controller-revision-hash}): FNV-1a (32 bit) over the template in a canonical form (keys
 * sorted, so field order does not matter) and the collision count, written in decimal and
 * re-encoded with the alphabet Kubernetes uses for generated names, so it looks like {@code 7c5ddbdf54}.
 */
final class TemplateHash {

    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private TemplateHash() {
    }

    static String of(Node template, long collisionCount) {
        StringBuilder canonical = new StringBuilder();
        write(template, canonical);
        if (collisionCount > 0) {
            canonical.append('#').append(collisionCount);
        }
        int hash = FNV_OFFSET;
        for (byte b : canonical.toString().getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        String decimal = Long.toString(Integer.toUnsignedLong(hash));
        StringBuilder encoded = new StringBuilder();
        for (char c : decimal.toCharArray()) {
            encoded.append(ALPHABET.charAt(c % ALPHABET.length()));
        }
        return encoded.toString();
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof MapNode map) {
            out.append('{');
            for (String key : new TreeSet<>(map.keys())) {
                out.append('"').append(key).append("\":");
                write(map.get(key).orElseThrow(), out);
                out.append(',');
            }
            out.append('}');
        } else if (node instanceof ListNode list) {
            out.append('[');
            list.items().forEach(item -> {
                write(item, out);
                out.append(',');
            });
            out.append(']');
        } else {
            out.append(node.type()).append(':').append(node);
        }
    }
}
