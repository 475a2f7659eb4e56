package dev.windlass.kustomize;

import dev.windlass.model.Position;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the map fields of a resource written with an empty value: {@code key:} with nothing after
 * it but perhaps a comment or a bare {@code !!null} tag. The YAML reader makes a null of them, as
 * it does of {@code key: null} and {@code key: ~}, but kustomize tells them apart: it holds an
 * empty value as a null without text, which its strategic merge drops from the object it patches,
 * while it keeps a {@code null} or {@code ~} written out.
 */
final class EmptyValues {

    private EmptyValues() {
    }

    /**
     * The paths of the object's map fields that are null and written empty in the file whose
     * lines {@code text} gives; the object is at {@code where} in {@code document} (an item of a
     * list kind, or the root).
     */
    static Set<FieldPath> of(MapNode object, ParsedDocument document, FieldPath where, Supplier<String[]> text) {
        List<FieldPath> nulls = new ArrayList<>();
        collectNulls(object, FieldPath.root(), nulls);
        if (nulls.isEmpty()) {
            return Set.of();
        }
        String[] lines = text.get();
        Set<FieldPath> out = new HashSet<>();
        for (FieldPath path : nulls) {
            Optional<Position> at = document.sourceMap().exact(under(where, path));
            if (at.isPresent() && writtenEmpty(lines, at.get(), lastKey(path))) {
                out.add(path);
            }
        }
        return out;
    }

    /** The null map fields under {@code node} (list items that are null are not fields). */
    private static void collectNulls(Node node, FieldPath at, List<FieldPath> out) {
        if (node instanceof MapNode map) {
            map.asJavaMap().forEach((k, v) -> {
                if (v.isNull()) {
                    out.add(at.key(k));
                } else {
                    collectNulls(v, at.key(k), out);
                }
            });
        } else if (node instanceof ListNode list) {
            for (int i = 0; i < list.size(); i++) {
                collectNulls(list.items().get(i), at.index(i), out);
            }
        }
    }

    private static FieldPath under(FieldPath where, FieldPath path) {
        if (where.isRoot()) {
            return path;
        }
        List<FieldPath.Segment> all = new ArrayList<>(where.segments());
        all.addAll(path.segments());
        return new FieldPath(all);
    }

    private static String lastKey(FieldPath path) {
        return ((FieldPath.Key) path.segments().get(path.segments().size() - 1)).name();
    }

    /**
     * Whether the key at {@code at} is followed by a colon and no value: the rest of its line is
     * blank, a comment, a bare tag, or the end of a flow mapping's entry, and no more indented line
     * (a value on the next line, such as {@code ~}) follows.
     */
    static boolean writtenEmpty(String[] lines, Position at, String key) {
        int lineIndex = at.line() - 1;
        if (lineIndex < 0 || lineIndex >= lines.length || at.column() - 1 > lines[lineIndex].length()) {
            return false;
        }
        String line = lines[lineIndex];
        int afterKey = afterKey(line, at.column() - 1, key);
        if (afterKey < 0) {
            return false;
        }
        String rest = line.substring(afterKey).stripLeading();
        if (!rest.startsWith(":")) {
            return false;
        }
        String value = withoutTag(withoutComment(rest.substring(1)).trim());
        if (!value.isEmpty()) {
            return value.startsWith(",") || value.startsWith("}");
        }
        return !valueOnNextLine(lines, lineIndex, at.column() - 1);
    }

    /** The index just after the key written at {@code from}, or -1 when the line does not hold it. */
    private static int afterKey(String line, int from, String key) {
        if (line.startsWith(key, from)) {
            return from + key.length();
        }
        char quote = from < line.length() ? line.charAt(from) : ' ';
        if (quote != '"' && quote != '\'') {
            return -1;
        }
        int i = from + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    private static String withoutComment(String value) {
        if (value.startsWith("#")) {
            return "";
        }
        int comment = value.indexOf(" #");
        return comment < 0 ? value : value.substring(0, comment);
    }

    /** The value without a leading tag ({@code !!null}, {@code !<...>}). */
    private static String withoutTag(String value) {
        if (!value.startsWith("!")) {
            return value;
        }
        int space = value.indexOf(' ');
        return space < 0 ? "" : value.substring(space + 1).trim();
    }

    /** Whether the next line with content is indented more than the key: the value is written there. */
    private static boolean valueOnNextLine(String[] lines, int keyLine, int keyColumn) {
        for (int i = keyLine + 1; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            return indent > keyColumn && !trimmed.startsWith("---") && !trimmed.startsWith("...");
        }
        return false;
    }
}
