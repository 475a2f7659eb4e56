package dev.windlass.helm.yaml;

import dev.windlass.helm.yaml.YamlV2Scalar.Style;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * libyaml's emitter as go-yaml v2 drives it, for one implicit document of block mappings and
 * sequences (empty ones in flow style): two-space indentation, sequences flush with their parent
 * key, lines folded at 80 columns, and the same plain/single/double/literal choices.
 */
final class YamlV2Emitter {

    private static final int BEST_INDENT = 2;
    private static final int BEST_WIDTH = 80;

    /** A mapping with its entries already in go-yaml v2's key order. */
    record Mapping(List<Map.Entry<String, Object>> entries) {
    }

    private final StringBuilder out = new StringBuilder();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final YamlV2ScalarWriter scalars = new YamlV2ScalarWriter(this);
    int column;
    int indent = -1;
    int flowLevel;
    boolean whitespace = true;
    boolean indention = true;
    boolean mappingContext;
    boolean simpleKeyContext;

    /** The document for a tree of {@link Mapping}, {@code List} and {@link YamlV2Scalar} nodes. */
    static String emit(Object tree) {
        YamlV2Emitter emitter = new YamlV2Emitter();
        emitter.node(tree, false, false);
        emitter.writeIndent();
        return emitter.out.toString();
    }

    private void node(Object node, boolean mapping, boolean simpleKey) {
        mappingContext = mapping;
        simpleKeyContext = simpleKey;
        if (node instanceof List<?> list) {
            if (list.isEmpty()) {
                emptyFlow("[", "]");
            } else {
                blockSequence(list);
            }
        } else if (node instanceof Mapping map) {
            if (map.entries().isEmpty()) {
                emptyFlow("{", "}");
            } else {
                blockMapping(map);
            }
        } else {
            scalar((YamlV2Scalar) node);
        }
    }

    private void emptyFlow(String open, String close) {
        writeIndicator(open, true, true, false);
        increaseIndent(true, false);
        flowLevel++;
        flowLevel--;
        indent = indents.pop();
        writeIndicator(close, false, false, false);
    }

    private void blockSequence(List<?> list) {
        increaseIndent(false, mappingContext && !indention);
        for (Object item : list) {
            writeIndent();
            writeIndicator("-", true, false, true);
            node(item, false, false);
        }
        indent = indents.pop();
    }

    private void blockMapping(Mapping map) {
        increaseIndent(false, false);
        for (Map.Entry<String, Object> entry : map.entries()) {
            writeIndent();
            YamlV2Scalar key = YamlV2Scalar.string(entry.getKey());
            if (!key.multiline && key.byteLength <= 128) {
                node(key, true, true);
                writeIndicator(":", false, false, false);
            } else {
                writeIndicator("?", true, false, true);
                node(key, true, false);
                writeIndent();
                writeIndicator(":", true, false, true);
            }
            node(entry.getValue(), true, false);
        }
        indent = indents.pop();
    }

    private void scalar(YamlV2Scalar scalar) {
        Style style = selectStyle(scalar);
        increaseIndent(true, false);
        boolean allowBreaks = !simpleKeyContext;
        switch (style) {
            case PLAIN -> scalars.plain(scalar.value, allowBreaks);
            case SINGLE -> scalars.singleQuoted(scalar.value, allowBreaks);
            case DOUBLE -> scalars.doubleQuoted(scalar.value, allowBreaks);
            case LITERAL -> scalars.literal(scalar.value);
        }
        indent = indents.pop();
    }

    private Style selectStyle(YamlV2Scalar s) {
        Style style = s.requested;
        if (simpleKeyContext && s.multiline) {
            style = Style.DOUBLE;
        }
        if (style == Style.PLAIN) {
            if ((flowLevel > 0 && !s.flowPlainAllowed) || (flowLevel == 0 && !s.blockPlainAllowed)) {
                style = Style.SINGLE;
            }
            if (s.value.isEmpty() && (flowLevel > 0 || simpleKeyContext)) {
                style = Style.SINGLE;
            }
        }
        if (style == Style.SINGLE && !s.singleQuotedAllowed) {
            style = Style.DOUBLE;
        }
        if (style == Style.LITERAL && (!s.blockAllowed || flowLevel > 0 || simpleKeyContext)) {
            style = Style.DOUBLE;
        }
        return style;
    }

    private void increaseIndent(boolean flow, boolean indentless) {
        indents.push(indent);
        if (indent < 0) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
    }

    boolean pastWidth() {
        return column > BEST_WIDTH;
    }

    int bestIndent() {
        return BEST_INDENT;
    }

    void writeIndent() {
        int target = Math.max(indent, 0);
        if (!indention || column > target || (column == target && !whitespace)) {
            putBreak();
        }
        while (column < target) {
            put(' ');
        }
        whitespace = true;
        indention = true;
    }

    void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
        if (needWhitespace && !whitespace) {
            put(' ');
        }
        for (int i = 0; i < indicator.length(); i++) {
            put(indicator.charAt(i));
        }
        whitespace = isWhitespace;
        indention = indention && isIndention;
    }

    void put(int codePoint) {
        out.appendCodePoint(codePoint);
        column++;
    }

    void putBreak() {
        out.append('\n');
        column = 0;
    }

    /** Writes a line break character of the value: {@code \n} as a newline, others as themselves. */
    void writeBreak(int codePoint) {
        if (codePoint == '\n') {
            putBreak();
        } else {
            out.appendCodePoint(codePoint);
            column = 0;
        }
    }
}
