package dev.windlass.engine.diff;

import dev.windlass.model.patch.JsonPointer;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/** An {@link IgnoreDifference} with its pointers and jq expressions compiled, ready to apply. */
record IgnoreRule(IgnoreDifference definition, List<JsonPointer> pointers, List<JqPath> expressions) {

    IgnoreRule {
        pointers = List.copyOf(pointers);
        expressions = List.copyOf(expressions);
    }

    /** Compiles a definition; its constructor has already checked that everything in it compiles. */
    static IgnoreRule compile(IgnoreDifference definition) {
        List<JsonPointer> pointers = definition.jsonPointers().stream().map(JsonPointer::parse).toList();
        List<JqPath> expressions = new ArrayList<>();
        for (String text : definition.jqPathExpressions()) {
            try {
                expressions.add(JqPathParser.parse(text));
            } catch (JqPathParser.Unsupported e) {
                throw new IllegalStateException("checked when the IgnoreDifference was made: " + text, e);
            }
        }
        return new IgnoreRule(definition, pointers, expressions);
    }

    /** Whether the rule removes fields from the objects (rather than only naming managers). */
    boolean removesFields() {
        return !pointers.isEmpty() || !expressions.isEmpty();
    }

    Node removeFrom(Node object) {
        Node result = object;
        for (JsonPointer pointer : pointers) {
            result = TreeRemoval.remove(result, pointer);
        }
        for (JqPath expression : expressions) {
            result = expression.delete(result);
        }
        return result;
    }
}
