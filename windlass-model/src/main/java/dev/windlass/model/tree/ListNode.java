package dev.windlass.model.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An immutable list of nodes. */
public record ListNode(List<Node> items) implements Node {

    private static final ListNode EMPTY = new ListNode(List.of());

    public ListNode {
        items = List.copyOf(items);
    }

    public static ListNode empty() {
        return EMPTY;
    }

    public static ListNode of(Node... items) {
        return new ListNode(List.of(items));
    }

    @Override
    public Type type() {
        return Type.LIST;
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Optional<Node> get(int index) {
        return index >= 0 && index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
    }

    /** A copy with the item at {@code index} replaced. */
    public ListNode with(int index, Node value) {
        List<Node> copy = new ArrayList<>(items);
        copy.set(index, value);
        return new ListNode(copy);
    }

    /** A copy with {@code value} appended. */
    public ListNode plus(Node value) {
        List<Node> copy = new ArrayList<>(items);
        copy.add(value);
        return new ListNode(copy);
    }
}
