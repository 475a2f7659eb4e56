package dev.windlass.kustomize;

import dev.windlass.kustomize.KustomizeFieldPath.PathException;
import dev.windlass.model.codec.ScalarResolver;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Edits every field a {@code replacements} target path matches, as kustomize's path matcher
 * walks: map keys, list indexes, {@code *} for every list item, and {@code [field=regex]} for
 * the list items whose field matches the (unanchored) regular expression ({@code [=regex]}
 * matches scalar items and stops there). With {@code create}, missing keys, an index one past the
 * end and unmatched {@code [field=value]} items are created on the way.
 */
final class KustomizePathMatcher {

    /** What a missing leaf is created as: nothing, or the kind of the value being written. */
    enum Create { NONE, SCALAR, MAP, LIST }

    /**
     * Computes a matched field's new value. {@code current} is {@code null} for a scalar the
     * matcher has just created (untyped, like a plain YAML scalar).
     */
    interface Setter {
        Node set(Node current) throws PathException;
    }

    private final List<String> path;
    private final Create create;
    private final Setter setter;
    private int matches;

    private KustomizePathMatcher(List<String> path, Create create, Setter setter) {
        this.path = path;
        this.create = create;
        this.setter = setter;
    }

    /** The edited object and how many fields the path matched. */
    record Result(MapNode object, int matches) {
    }

    static Result apply(MapNode object, List<String> path, Create create, Setter setter) throws PathException {
        List<String> cleaned = path.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
        KustomizePathMatcher matcher = new KustomizePathMatcher(cleaned, create, setter);
        Node out = matcher.walk(object, 0);
        return new Result(out instanceof MapNode map ? map : object, matcher.matches);
    }

    /** A plain (untagged) scalar's value, as YAML reads it back: {@code 3} is a number, {@code abc} a string. */
    static Node plain(String text) {
        return ScalarResolver.resolve(text, ScalarSchema.YAML_1_2);
    }

    /** {@code node} is the field reached so far; {@code null} stands for a scalar just created. */
    private Node walk(Node node, int at) throws PathException {
        if (at == path.size()) {
            matches++;
            return setter.set(node);
        }
        String part = path.get(at);
        if (KustomizeFieldPath.isIndex(part)) {
            return index(node, at, Integer.parseInt(part));
        }
        if (KustomizeFieldPath.isListSelector(part)) {
            return select(node, at);
        }
        if (part.equals("*")) {
            return every(node, at);
        }
        return field(node, at);
    }

    private Node field(Node node, int at) throws PathException {
        String key = path.get(at);
        if (node == null || node instanceof NullNode) {
            if (create == Create.NONE) {
                return node;
            }
            node = MapNode.empty();
        }
        MapNode map = KustomizeFieldPath.expect(node, MapNode.class, key);
        Node existing = map.get(key).orElse(null);
        Node child = existing;
        boolean intermediate = at + 1 < path.size();
        if (child == null || child.isNull() && intermediate) {
            if (create == Create.NONE) {
                return map;
            }
            child = created(at + 1);
        }
        int before = matches;
        Node changed = walk(child, at + 1);
        if (changed == existing || changed == null || matches == before) {
            return map;
        }
        return map.with(key, changed);
    }

    private Node index(Node node, int at, int index) throws PathException {
        List<Node> items = new ArrayList<>(items(node, at));
        if (items.size() == index && create != Create.NONE) {
            items.add(created(at + 1));
        }
        if (items.size() < index + 1) {
            throw new PathException("index " + index + " specified but only " + items.size() + " elements found");
        }
        Node changed = walk(items.get(index), at + 1);
        items.set(index, changed);
        return new ListNode(items);
    }

    private Node every(Node node, int at) throws PathException {
        List<Node> items = new ArrayList<>(items(node, at));
        for (int i = 0; i < items.size(); i++) {
            items.set(i, walk(items.get(i), at + 1));
        }
        return node == null || node.isNull() ? node : new ListNode(items);
    }

    private Node select(Node node, int at) throws PathException {
        String[] nameValue = KustomizeFieldPath.nameValue(path.get(at));
        Pattern regex = regex(nameValue[1]);
        List<Node> items = new ArrayList<>(items(node, at));
        boolean found = false;
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (nameValue[0].isEmpty() && KustomizeFieldPath.isScalar(item) && regex.matcher(Scalars.text(item)).find()) {
                matches++;
                items.set(i, setter.set(item));
                found = true;
            } else if (!nameValue[0].isEmpty() && fieldMatches(item, nameValue[0], regex)) {
                items.set(i, walk(item, at + 1));
                found = true;
            }
        }
        if (!found && create != Create.NONE) {
            Node value = plain(nameValue[1]);
            Node added = nameValue[0].isEmpty() ? value : MapNode.of(nameValue[0], value);
            if (nameValue[0].isEmpty() ? regex.matcher(nameValue[1]).find() : fieldMatches(added, nameValue[0], regex)) {
                if (nameValue[0].isEmpty()) {
                    matches++;
                    added = setter.set(added);
                } else {
                    added = walk(added, at + 1);
                }
            }
            items.add(added);
            found = true;
        }
        return found ? new ListNode(items) : node;
    }

    private static boolean fieldMatches(Node item, String field, Pattern regex) {
        return item instanceof MapNode map && map.get(field).filter(KustomizeFieldPath::isScalar)
                .map(v -> regex.matcher(Scalars.text(v)).find()).orElse(false);
    }

    private List<Node> items(Node node, int at) throws PathException {
        if (node == null || node instanceof NullNode) {
            return List.of();
        }
        return KustomizeFieldPath.expect(node, ListNode.class, path.get(at)).items();
    }

    /** An empty node for path position {@code at}: the leaf's kind at the end, else a list before an index or selector, else a map. */
    private Node created(int at) {
        if (at == path.size()) {
            return switch (create) {
                case MAP -> MapNode.empty();
                case LIST -> ListNode.empty();
                default -> null;
            };
        }
        String next = path.get(at);
        boolean list = KustomizeFieldPath.isIndex(next) || KustomizeFieldPath.isListSelector(next);
        return list ? ListNode.empty() : MapNode.empty();
    }

    private static Pattern regex(String expression) throws PathException {
        try {
            return Pattern.compile(expression);
        } catch (PatternSyntaxException e) {
            throw new PathException("invalid regular expression '" + expression + "': " + e.getDescription());
        }
    }
}
