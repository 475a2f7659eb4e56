package dev.windlass.pipelines.subst;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tekton's {@code $(...)} substitution over strings and YAML trees. Unknown variables are left as
 * written (a later stage may know them); an array or object variable in a string context, and
 * an array index out of range, are errors raised as {@link SubstitutionException}.
 *
 * <p>Substitution is one pass, as Tekton's: a substituted value that itself contains
 * {@code $(...)} is not expanded again.
 */
public final class Substitution {

    /**
     * How many levels of params whose defaults reference other params are followed before giving
     * up (Tekton's {@code maxParamReferenceDepth}).
     */
    public static final int MAX_DEPTH = 10;

    private static final Pattern INDEXED = Pattern.compile("(.+)\\[([0-9]+)\\]");
    private static final String STAR = "[*]";

    private Substitution() {
    }

    /** Substitutes within one string (string context: arrays and objects are errors). */
    public static String apply(String text, Replacements replacements) {
        if (replacements.isEmpty() || !text.contains("$(")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int done = 0;
        while (true) {
            int start = text.indexOf("$(", done);
            int end = start < 0 ? -1 : text.indexOf(')', start + 2);
            if (end < 0) {
                return out.append(text, done, text.length()).toString();
            }
            Optional<String> value = lookup(text.substring(start + 2, end), replacements);
            if (value.isPresent()) {
                out.append(text, done, start).append(value.get());
                done = end + 1;
            } else {
                out.append(text, done, start + 1);
                done = start + 1;
            }
        }
    }

    /**
     * Substitutes within every string of a tree. A list element that is exactly
     * {@code $(params.arr[*])} (or {@code $(params.arr)}) expands into the array's elements; a map
     * value that is exactly a whole array or object reference ({@code $(params.obj[*])}) takes that
     * shape, as a param value does in Tekton. Map keys are not substituted.
     */
    public static Node apply(Node tree, Replacements replacements) {
        if (replacements.isEmpty()) {
            return tree;
        }
        if (tree instanceof StringNode text) {
            return new StringNode(apply(text.value(), replacements));
        }
        if (tree instanceof ListNode list) {
            return applyList(list, replacements);
        }
        if (tree instanceof MapNode map) {
            return applyMap(map, replacements);
        }
        return tree;
    }

    private static ListNode applyList(ListNode list, Replacements replacements) {
        List<Node> items = new ArrayList<>(list.size());
        for (Node item : list.items()) {
            Optional<List<String>> array = item instanceof StringNode text
                    ? wholeArray(text.value(), replacements) : Optional.empty();
            if (array.isPresent()) {
                array.get().forEach(element -> items.add(new StringNode(element)));
            } else {
                items.add(apply(item, replacements));
            }
        }
        return new ListNode(items);
    }

    private static MapNode applyMap(MapNode map, Replacements replacements) {
        MapNode.Builder out = MapNode.builder();
        for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
            out.put(entry.getKey(), applyValue(entry.getValue(), replacements));
        }
        return out.build();
    }

    private static Node applyValue(Node value, Replacements replacements) {
        if (value instanceof StringNode text) {
            Optional<List<String>> array = wholeArray(text.value(), replacements);
            if (array.isPresent()) {
                return new ListNode(array.get().stream().<Node>map(StringNode::new).toList());
            }
            Optional<Map<String, String>> object = wholeObject(text.value(), replacements);
            if (object.isPresent()) {
                MapNode.Builder properties = MapNode.builder();
                object.get().forEach((key, property) -> properties.put(key, new StringNode(property)));
                return properties.build();
            }
        }
        return apply(value, replacements);
    }

    /** The array a string stands for when it is exactly {@code $(key)} or {@code $(key[*])}. */
    static Optional<List<String>> wholeArray(String text, Replacements replacements) {
        return wholeKey(text).flatMap(replacements::array);
    }

    /** The object a string stands for when it is exactly {@code $(key)} or {@code $(key[*])}. */
    static Optional<Map<String, String>> wholeObject(String text, Replacements replacements) {
        return wholeKey(text).flatMap(replacements::object);
    }

    /** The variable of a string that is one whole reference, without a trailing {@code [*]}. */
    static Optional<String> wholeKey(String text) {
        if (!text.startsWith("$(") || text.indexOf(')') != text.length() - 1) {
            return Optional.empty();
        }
        String key = text.substring(2, text.length() - 1);
        return Optional.of(key.endsWith(STAR) ? key.substring(0, key.length() - STAR.length()) : key);
    }

    private static Optional<String> lookup(String key, Replacements replacements) {
        Optional<String> text = replacements.string(key);
        if (text.isPresent()) {
            return text;
        }
        String base = key.endsWith(STAR) ? key.substring(0, key.length() - STAR.length()) : key;
        if (replacements.array(base).isPresent()) {
            throw new SubstitutionException("$(" + key + ") is an array and cannot be used inside a string;"
                    + " use it as a whole list element, or pick one element with $(" + base + "[0])");
        }
        if (replacements.object(base).isPresent()) {
            throw new SubstitutionException("$(" + key + ") is an object and cannot be used inside a string;"
                    + " pick one property with $(" + base + ".<key>)");
        }
        return indexed(key, replacements);
    }

    private static Optional<String> indexed(String key, Replacements replacements) {
        Matcher matcher = INDEXED.matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<List<String>> array = replacements.array(matcher.group(1));
        if (array.isEmpty()) {
            return Optional.empty();
        }
        int size = array.get().size();
        int index;
        try {
            index = Integer.parseInt(matcher.group(2));
        } catch (NumberFormatException tooLarge) {
            index = Integer.MAX_VALUE;
        }
        if (index >= size) {
            throw new SubstitutionException("$(" + key + ") is out of range: " + matcher.group(1) + " has "
                    + size + (size == 1 ? " element" : " elements") + " (indexes 0 to " + (size - 1) + ")");
        }
        return Optional.of(array.get().get(index));
    }
}
