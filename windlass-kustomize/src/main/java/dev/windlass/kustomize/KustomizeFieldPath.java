package dev.windlass.kustomize;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kustomize's dotted field paths, as {@code replacements} and {@code vars} write them:
 * {@code spec.template.spec.containers.[name=nginx].image}, {@code metadata.annotations.[a.b/c]},
 * escaped dots ({@code a\.b}), list indexes ({@code ports.0}, {@code -} for the last item) and,
 * in vars, Go-style {@code ports[0]}. Splits paths and looks fields up without creating them.
 */
final class KustomizeFieldPath {

    private static final Pattern SLICE_INDEX = Pattern.compile("^(.*)\\[(\\d+)\\]$");

    /** A path that cannot be followed in a given object (wrong node kind, bad list selector). */
    static final class PathException extends Exception {
        private static final long serialVersionUID = 1L;

        PathException(String message) {
            super(message, null, false, false);
        }
    }

    private KustomizeFieldPath() {
    }

    /** Splits on unescaped dots, keeping bracketed parts whole ({@code [name=a.b]}; {@code [a.b]} becomes {@code a.b}). */
    static List<String> split(String path) {
        List<String> parts = splitEscaped(path);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (!part.startsWith("[") || part.endsWith("]")) {
                out.add(part);
                continue;
            }
            StringBuilder bracketed = new StringBuilder(part);
            while (i < parts.size() - 1) {
                i++;
                bracketed.append('.').append(parts.get(i));
                if (parts.get(i).endsWith("]")) {
                    break;
                }
            }
            String joined = bracketed.toString();
            out.add(joined.contains("=") ? joined : trimBrackets(joined));
        }
        return out;
    }

    /** {@link #split} and then Go-style indexes ({@code ports[0]} becomes {@code ports}, {@code 0}), as vars read their field paths. */
    static List<String> splitWithIndexes(String path) {
        List<String> out = new ArrayList<>();
        for (String part : split(path)) {
            Matcher m = SLICE_INDEX.matcher(part);
            if (!part.endsWith("]") || !m.matches()) {
                out.add(part);
                continue;
            }
            if (!m.group(1).isEmpty()) {
                out.add(m.group(1));
            }
            out.add(m.group(2));
        }
        return out;
    }

    /**
     * The node at {@code path}, or empty when a step is missing or null. Steps: a whole number
     * indexes a list ({@code -} the last item), {@code [field=value]} picks the first list item
     * whose field has exactly that value ({@code [=value]} a scalar item), anything else is a map key.
     */
    static Optional<Node> lookup(Node root, List<String> path) throws PathException {
        Node current = root;
        for (String raw : path) {
            String part = raw.trim();
            if (part.isEmpty()) {
                continue;
            }
            if (current.isNull()) {
                return Optional.empty();
            }
            Optional<Node> next = step(current, part);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    private static Optional<Node> step(Node current, String part) throws PathException {
        if (isIndex(part) || part.equals("-") || part.startsWith("-") && isInteger(part)) {
            ListNode list = expect(current, ListNode.class, part);
            if (part.startsWith("-") && !part.equals("-")) {
                throw new PathException("array index " + part + " cannot be negative");
            }
            int index = part.equals("-") ? list.size() - 1 : Integer.parseInt(part);
            return index >= 0 && index < list.size() ? Optional.of(list.items().get(index)) : Optional.empty();
        }
        if (part.equals("*")) {
            throw new PathException("wildcard is not supported in this field path");
        }
        if (isListSelector(part)) {
            String[] nameValue = nameValue(part);
            ListNode list = expect(current, ListNode.class, part);
            for (Node item : list.items()) {
                if (matchesExactly(item, nameValue[0], nameValue[1])) {
                    return Optional.of(item);
                }
            }
            return Optional.empty();
        }
        MapNode map = expect(current, MapNode.class, part);
        return map.get(part);
    }

    private static boolean matchesExactly(Node item, String field, String value) {
        if (field.isEmpty()) {
            return isScalar(item) && Scalars.text(item).equals(value);
        }
        return item instanceof MapNode map && map.get(field).filter(KustomizeFieldPath::isScalar)
                .map(v -> Scalars.text(v).equals(value)).orElse(false);
    }

    static <T extends Node> T expect(Node node, Class<T> type, String part) throws PathException {
        if (type.isInstance(node)) {
            return type.cast(node);
        }
        throw new PathException("wrong node kind at '" + part + "': expected " + kindName(type) + " but got "
                + kindName(node.getClass()));
    }

    static String kindName(Class<?> type) {
        if (type == MapNode.class) {
            return "a mapping";
        }
        return type == ListNode.class ? "a list" : "a scalar";
    }

    static boolean isScalar(Node node) {
        return !(node instanceof MapNode) && !(node instanceof ListNode);
    }

    /** A whole non-negative number: a list index. */
    static boolean isIndex(String part) {
        return isInteger(part) && !part.startsWith("-");
    }

    private static boolean isInteger(String part) {
        try {
            Integer.parseInt(part);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isListSelector(String part) {
        return part.startsWith("[") && part.endsWith("]");
    }

    /** {@code [name=value]} as name and value; a selector without {@code =} is refused. */
    static String[] nameValue(String part) throws PathException {
        String inner = part.substring(1, part.length() - 1);
        int eq = inner.indexOf('=');
        if (eq < 0) {
            throw new PathException("list path element '" + part + "' must contain fieldName=fieldValue for element to match");
        }
        return new String[] {inner.substring(0, eq), inner.substring(eq + 1)};
    }

    private static List<String> splitEscaped(String path) {
        String[] raw = path.split("\\.", -1);
        List<String> parts = new ArrayList<>(List.of(raw));
        if (parts.size() > 1 && parts.get(0).isEmpty()) {
            parts.remove(0);
        }
        List<String> out = new ArrayList<>();
        out.add(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            int last = out.size() - 1;
            if (out.get(last).endsWith("\\")) {
                String previous = out.get(last);
                out.set(last, previous.substring(0, previous.length() - 1) + "." + parts.get(i));
            } else {
                out.add(parts.get(i));
            }
        }
        return out;
    }

    private static String trimBrackets(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '[' || text.charAt(start) == ']')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '[' || text.charAt(end - 1) == ']')) {
            end--;
        }
        return text.substring(start, end);
    }
}
