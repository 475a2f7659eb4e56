package dev.windlass.gotemplate;

/**
 * Go's trim markers for {@link Lexer}: {@code {{- } trims the white space before an action and
 * {@code -}}} the white space after it; a marker is a dash with white space on its inner side.
 */
final class TrimMarkers {

    private TrimMarkers() {
    }

    /** How many white-space characters end {@code input[from, to)}. */
    static int rightTrimLength(String input, int from, int to) {
        int end = to;
        while (end > from && Lexer.isSpace(input.charAt(end - 1))) {
            end--;
        }
        return to - end;
    }

    /** How many white-space characters start at {@code from}. */
    static int leftTrimLength(String input, int from) {
        int end = from;
        while (end < input.length() && Lexer.isSpace(input.charAt(end))) {
            end++;
        }
        return end - from;
    }

    /** Whether a left trim marker ({@code - } after the delimiter) starts at {@code at}. */
    static boolean hasLeftTrimMarker(String input, int at) {
        return at + 1 < input.length() && input.charAt(at) == '-' && Lexer.isSpace(input.charAt(at + 1));
    }

    /** Whether a right trim marker ({@code  -} before the delimiter) starts at {@code at}. */
    static boolean hasRightTrimMarker(String input, int at) {
        return at + 1 < input.length() && Lexer.isSpace(input.charAt(at)) && input.charAt(at + 1) == '-';
    }
}
