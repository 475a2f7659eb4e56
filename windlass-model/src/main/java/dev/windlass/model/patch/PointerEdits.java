package dev.windlass.model.patch;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Copy-on-write reads and edits of a node tree at a JSON pointer, with RFC 6902's rules: the
 * parent of the target must exist, {@code -} appends to a list, list indices are decimal without
 * leading zeros and at most the list's size for {@code add}.
 */
final class PointerEdits {

    private PointerEdits() {
    }

    /** The value at {@code pointer}, or empty when any step is missing. */
    static Optional<Node> get(Node document, JsonPointer pointer) {
        Node current = document;
        for (String token : pointer.tokens()) {
            if (current instanceof MapNode map) {
                current = map.get(token).orElse(null);
            } else if (current instanceof ListNode list) {
                int index = index(token, pointer);
                current = index < list.size() ? list.items().get(index) : null;
            } else {
                current = null;
            }
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    /** The value at {@code pointer}, or PATH_NOT_FOUND. */
    static Node require(Node document, JsonPointer pointer) {
        return get(document, pointer).orElseThrow(() -> missing(pointer));
    }

    /** {@code document} with {@code value} added at {@code pointer} (map: set the key; list: insert). */
    static Node add(Node document, JsonPointer pointer, Node value) {
        if (pointer.isRoot()) {
            return value;
        }
        return change(document, pointer, (parent, token) -> {
            if (parent instanceof MapNode map) {
                return map.with(token, value);
            }
            ListNode list = (ListNode) parent;
            int index = "-".equals(token) ? list.size() : index(token, pointer);
            if (index > list.size()) {
                throw outOfRange(pointer, list.size());
            }
            List<Node> items = new ArrayList<>(list.items());
            items.add(index, value);
            return new ListNode(items);
        });
    }

    /** {@code document} without the value at {@code pointer}, which must exist. */
    static Node remove(Node document, JsonPointer pointer) {
        if (pointer.isRoot()) {
            throw new PatchException(PatchException.Kind.INVALID_PATCH, "the whole document cannot be removed");
        }
        return change(document, pointer, (parent, token) -> {
            if (parent instanceof MapNode map) {
                if (!map.containsKey(token)) {
                    throw missing(pointer);
                }
                return map.without(token);
            }
            ListNode list = (ListNode) parent;
            int index = existingIndex(token, list, pointer);
            List<Node> items = new ArrayList<>(list.items());
            items.remove(index);
            return new ListNode(items);
        });
    }

    /** {@code document} with the existing value at {@code pointer} replaced by {@code value}. */
    static Node replace(Node document, JsonPointer pointer, Node value) {
        if (pointer.isRoot()) {
            return value;
        }
        return change(document, pointer, (parent, token) -> {
            if (parent instanceof MapNode map) {
                if (!map.containsKey(token)) {
                    throw missing(pointer);
                }
                return map.with(token, value);
            }
            ListNode list = (ListNode) parent;
            return list.with(existingIndex(token, list, pointer), value);
        });
    }

    /** An edit of the container that holds the pointer's last token. */
    private interface LeafEdit {
        Node apply(Node parent, String token);
    }

    private static Node change(Node document, JsonPointer pointer, LeafEdit edit) {
        return changeAt(document, pointer, 0, edit);
    }

    private static Node changeAt(Node current, JsonPointer pointer, int depth, LeafEdit edit) {
        List<String> tokens = pointer.tokens();
        String token = tokens.get(depth);
        if (!(current instanceof MapNode) && !(current instanceof ListNode)) {
            throw new PatchException(PatchException.Kind.PATH_NOT_FOUND, pointer.prefix(depth)
                    + " is " + article(current.type().name().toLowerCase()) + ", not a map or list, so " + pointer
                    + " cannot exist");
        }
        if (depth == tokens.size() - 1) {
            return edit.apply(current, token);
        }
        if (current instanceof MapNode map) {
            Node child = map.get(token).orElseThrow(() -> missing(pointer.prefix(depth + 1)));
            return map.with(token, changeAt(child, pointer, depth + 1, edit));
        }
        ListNode list = (ListNode) current;
        int index = existingIndex(token, list, pointer);
        return list.with(index, changeAt(list.items().get(index), pointer, depth + 1, edit));
    }

    private static int existingIndex(String token, ListNode list, JsonPointer pointer) {
        int index = index(token, pointer);
        if (index >= list.size()) {
            throw outOfRange(pointer, list.size());
        }
        return index;
    }

    /** The decimal index {@code token}; callers check it against the list's size. */
    private static int index(String token, JsonPointer pointer) {
        boolean digits = !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || (token.length() > 1 && token.charAt(0) == '0')) {
            throw new PatchException(PatchException.Kind.INVALID_PATCH, "\"" + token + "\" in " + pointer
                    + " is not a list index; use a number without leading zeros, or '-' to append");
        }
        return token.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(token);
    }

    private static PatchException outOfRange(JsonPointer pointer, int size) {
        return new PatchException(PatchException.Kind.PATH_NOT_FOUND,
                pointer + " is out of range: the list has " + size + (size == 1 ? " item" : " items"));
    }

    private static String article(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    static PatchException missing(JsonPointer pointer) {
        return new PatchException(PatchException.Kind.PATH_NOT_FOUND, pointer + " does not exist");
    }
}
