package dev.windlass.model.codec;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NumberText;
import dev.windlass.model.tree.StringNode;
import java.util.List;
import java.util.Map;

/**
 * Prints node trees as YAML the way kubectl and kustomize do (go-yaml's emitter): two-space indent,
 * keys in the map's order, list items not indented under their key, a map in a list starting on
 * the dash line, {@code {}} and {@code []} for empty collections, strings quoted only when needed
 * ({@link YamlScalarStyle}) and literal blocks for multi-line text. Long plain and quoted values
 * fold at the first space past column 80, as go-yaml does for both kubectl and kustomize; keys never
 * fold. What it prints reads back, with {@link YamlReader}, as an equal tree.
 *
 * <pre>{@code
 * String yaml = YamlWriter.write(object);
 * }</pre>
 */
public final class YamlWriter {

    private static final String SPACES = " ".repeat(64);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** Indentation of the content of a block scalar, relative to its parent. */
    private static final int BLOCK_INDENT = 2;
    /** go-yaml's (libyaml's) preferred line width: long flow scalars fold at the first space past it. */
    private static final int BEST_WIDTH = 80;
    /** For keys: never fold. */
    private static final int NO_FOLD = -1;

    private final StringBuilder out;
    /** Where the current line starts in {@link #out}, kept while a foldable scalar is written. */
    private int lineStart;

    private YamlWriter(StringBuilder out) {
        this.out = out;
    }

    /** One document, ending with a newline. */
    public static String write(Node node) {
        StringBuilder out = new StringBuilder(256);
        new YamlWriter(out).document(node);
        return out.toString();
    }

    /** Documents joined by {@code ---} lines (none before the first), each ending with a newline. */
    public static String writeAll(List<? extends Node> documents) {
        StringBuilder out = new StringBuilder(256 * Math.max(1, documents.size()));
        YamlWriter writer = new YamlWriter(out);
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                out.append("---\n");
            }
            writer.document(documents.get(i));
        }
        return out.toString();
    }

    private void document(Node node) {
        if (node instanceof MapNode map && !map.isEmpty()) {
            map(map, 0, false);
        } else if (node instanceof ListNode list && !list.isEmpty()) {
            list(list, 0, false);
        } else {
            scalar(node, BLOCK_INDENT);
            out.append('\n');
        }
    }

    /** Entries at column {@code indent}; with {@code inline} the first one goes where the cursor is (after a dash). */
    private void map(MapNode map, int indent, boolean inline) {
        boolean first = true;
        for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
            if (!first || !inline) {
                pad(indent);
            }
            first = false;
            key(entry.getKey());
            out.append(':');
            Node value = entry.getValue();
            if (value instanceof MapNode child && !child.isEmpty()) {
                out.append('\n');
                map(child, indent + 2, false);
            } else if (value instanceof ListNode child && !child.isEmpty()) {
                out.append('\n');
                list(child, indent, false);
            } else {
                out.append(' ');
                scalar(value, indent + BLOCK_INDENT);
                out.append('\n');
            }
        }
    }

    /** Items with their dash at column {@code indent}; with {@code inline} the first dash goes where the cursor is. */
    private void list(ListNode list, int indent, boolean inline) {
        boolean first = true;
        for (Node item : list.items()) {
            if (!first || !inline) {
                pad(indent);
            }
            first = false;
            out.append("- ");
            if (item instanceof MapNode child && !child.isEmpty()) {
                map(child, indent + 2, true);
            } else if (item instanceof ListNode child && !child.isEmpty()) {
                list(child, indent + 2, true);
            } else {
                scalar(item, indent + BLOCK_INDENT);
                out.append('\n');
            }
        }
    }

    /** A scalar or empty collection, without the line break after it; block content goes at {@code blockIndent}. */
    private void scalar(Node node, int blockIndent) {
        if (node instanceof StringNode s) {
            string(s.value(), blockIndent);
        } else if (node instanceof IntNode i) {
            out.append(i.value());
        } else if (node instanceof FloatNode f) {
            out.append(NumberText.format(f.value()));
        } else if (node instanceof BoolNode b) {
            out.append(b.value());
        } else if (node instanceof MapNode) {
            out.append("{}");
        } else if (node instanceof ListNode) {
            out.append("[]");
        } else {
            out.append("null");
        }
    }

    private void key(String key) {
        switch (YamlScalarStyle.of(key, true)) {
            case PLAIN -> out.append(key);
            case SINGLE_QUOTED -> singleQuoted(key, NO_FOLD);
            default -> doubleQuoted(key, NO_FOLD);
        }
    }

    /** A string value; continuation lines of a folded scalar and block content go at {@code indent}. */
    private void string(String text, int indent) {
        lineStart = out.length() - column();
        switch (YamlScalarStyle.of(text, false)) {
            case PLAIN -> plain(text, indent);
            case SINGLE_QUOTED -> singleQuoted(text, indent);
            case LITERAL -> literal(text, indent);
            default -> doubleQuoted(text, indent);
        }
    }

    /**
     * Whether to fold at the space at {@code i}, as libyaml does: at the first space of a run once
     * the line is past {@link #BEST_WIDTH}, never at the ends of the text, never before another space.
     */
    private boolean foldsAt(String text, int i, boolean afterSpace, int indent) {
        return indent != NO_FOLD && !afterSpace && i > 0 && i < text.length() - 1
                && text.charAt(i + 1) != ' ' && out.length() - lineStart > BEST_WIDTH;
    }

    /** Ends the line and indents the next one, in place of the space that is folded. */
    private void fold(int indent) {
        out.append('\n');
        lineStart = out.length();
        pad(indent);
    }

    private void plain(String text, int indent) {
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && foldsAt(text, i, afterSpace, indent)) {
                fold(indent);
            } else {
                out.append(c);
            }
            afterSpace = c == ' ';
        }
    }

    private void singleQuoted(String text, int indent) {
        out.append('\'');
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && foldsAt(text, i, afterSpace, indent)) {
                fold(indent);
            } else {
                if (c == '\'') {
                    out.append('\'');
                }
                out.append(c);
            }
            afterSpace = c == ' ';
        }
        out.append('\'');
    }

    /**
     * A literal block: {@code |}, {@code |-} or {@code |+} by how many line breaks end the text, with
     * an indentation indicator when the text starts with a space or a break; empty lines stay empty.
     */
    private void literal(String text, int indent) {
        out.append('|');
        char first = text.charAt(0);
        if (first == ' ' || first == '\n') {
            out.append(BLOCK_INDENT);
        }
        int length = text.length();
        if (text.charAt(length - 1) != '\n') {
            out.append('-');
        } else if (length == 1 || text.charAt(length - 2) == '\n') {
            out.append('+');
        }
        int end = text.charAt(length - 1) == '\n' ? length - 1 : length;
        int lineStart = 0;
        while (lineStart <= end) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            out.append('\n');
            if (lineEnd > lineStart) {
                pad(indent);
                out.append(text, lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
    }

    /**
     * A double-quoted scalar with libyaml's escapes, except that U+2028 and U+2029 print as
     * <code>&#92;u2028</code> and <code>&#92;u2029</code> rather than {@code \L} and {@code \P}, which
     * not every reader (snakeyaml-engine among them) understands.
     */
    private void doubleQuoted(String text, int indent) {
        out.append('"');
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = shortEscape(c);
            boolean space = c == ' ';
            if (space && indent != NO_FOLD && !afterSpace && i > 0 && i < text.length() - 1
                    && out.length() - lineStart > BEST_WIDTH) {
                fold(indent);
                if (text.charAt(i + 1) == ' ') {
                    out.append('\\');
                }
            } else if (escape != null) {
                out.append(escape);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                hex('U', Character.toCodePoint(c, text.charAt(++i)), 8);
            } else if (!YamlScalarStyle.needsEscape(c)) {
                out.append(c);
            } else if (c <= 0xFF) {
                hex('x', c, 2);
            } else {
                hex('u', c, 4);
            }
            afterSpace = space;
        }
        out.append('"');
    }

    /** The column the next character goes to: characters since the last line break (scans back; once a scalar). */
    private int column() {
        int start = out.length();
        while (start > 0 && out.charAt(start - 1) != '\n') {
            start--;
        }
        return out.length() - start;
    }

    private static String shortEscape(char c) {
        return switch (c) {
            case 0 -> "\\0";
            case 0x07 -> "\\a";
            case '\b' -> "\\b";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case 0x0B -> "\\v";
            case '\f' -> "\\f";
            case '\r' -> "\\r";
            case 0x1B -> "\\e";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case 0x85 -> "\\N";
            default -> null;
        };
    }

    private void hex(char kind, int value, int digits) {
        out.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(value >> shift) & 0xF]);
        }
    }

    private void pad(int count) {
        int left = count;
        while (left > SPACES.length()) {
            out.append(SPACES);
            left -= SPACES.length();
        }
        out.append(SPACES, 0, left);
    }
}
