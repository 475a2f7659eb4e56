package dev.windlass.model.codec;

import dev.windlass.model.Position;
import dev.windlass.model.SourceMap;
import dev.windlass.model.tree.Node;

/**
 * One document of a YAML stream (or the value of a JSON file).
 *
 * @param index     0-based position in the stream, counting empty documents
 * @param content   the value; {@code NullNode} for an empty document
 * @param start     where the document's content starts
 * @param sourceMap where each field of the document is
 */
public record ParsedDocument(int index, Node content, Position start, SourceMap sourceMap) {

    /** An empty document: nothing but comments, or nothing at all, or an explicit {@code null}. */
    public boolean isEmpty() {
        return content.isNull();
    }
}
