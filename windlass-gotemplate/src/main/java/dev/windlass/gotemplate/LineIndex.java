package dev.windlass.gotemplate;

import java.util.Arrays;

/** Maps char offsets of a template text to Go's line numbers and byte columns. */
final class LineIndex {

    private final String text;
    private final int[] newlines;

    LineIndex(String text) {
        this.text = text;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        newlines = new int[count];
        int j = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                newlines[j++] = i;
            }
        }
    }

    /** 1 + the number of newlines before {@code pos}. */
    int lineAt(int pos) {
        int i = Arrays.binarySearch(newlines, pos);
        return 1 + (i >= 0 ? i : -i - 1);
    }

    /**
     * Go's {@code ErrorContext} column: the byte offset of {@code pos} from the start of its line
     * (0-based, as Go computes it).
     */
    int byteColumn(int pos) {
        int lineStart = pos == 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
        return GoQuote.utf8Length(text.subSequence(lineStart, pos));
    }
}
