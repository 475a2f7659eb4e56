package dev.windlass.model.codec;

import dev.windlass.model.Position;

/**
 * Turns character offsets into 1-based line and column positions, columns counting Unicode code
 * points. Offsets asked for in increasing order cost one pass over the text in all; an earlier
 * offset restarts from the beginning. LF, CRLF and a lone CR each end a line.
 */
final class TextCursor {

    private final String text;
    private int offset;
    private int line = 1;
    private int column = 1;

    TextCursor(String text) {
        this.text = text;
    }

    Position at(long charOffset) {
        int target = (int) Math.max(0, Math.min(charOffset, text.length()));
        if (target < offset) {
            offset = 0;
            line = 1;
            column = 1;
        }
        while (offset < target) {
            char c = text.charAt(offset++);
            boolean crlf = c == '\r' && offset < text.length() && text.charAt(offset) == '\n';
            if (c == '\n' || c == '\r' && !crlf) {
                line++;
                column = 1;
            } else if (!crlf && !(Character.isLowSurrogate(c) && offset >= 2
                    && Character.isHighSurrogate(text.charAt(offset - 2)))) {
                column++;
            }
        }
        return new Position(line, column);
    }
}
