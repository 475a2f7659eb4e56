package dev.windlass.gotemplate.sprig;

import java.security.SecureRandom;

/** The word helpers Sprig takes from Masterminds/goutils and Go's strings.Title. */
final class SprigWords {

    static final String ALPHABETIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String ALPHANUMERIC = ALPHABETIC + "0123456789";
    static final String NUMERIC = "0123456789";
    static final String ASCII;

    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        StringBuilder b = new StringBuilder();
        for (char c = 32; c <= 126; c++) {
            b.append(c);
        }
        ASCII = b.toString();
    }

    private SprigWords() {
    }

    /** strings.Title: upper-cases (title-cases) the first letter of each word. */
    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int prev = ' ';
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            out.appendCodePoint(isSeparator(prev) ? Character.toTitleCase(c) : c);
            prev = c;
            k += Character.charCount(c);
        }
        return out.toString();
    }

    private static boolean isSeparator(int r) {
        if (r <= 0x7F) {
            if (Character.isLetterOrDigit(r) || r == '_') {
                return false;
            }
            return true;
        }
        if (Character.isLetter(r) || Character.isDigit(r)) {
            return false;
        }
        return SprigStrings.isGoSpace(r);
    }

    /** goutils.Uncapitalize: lower-cases the first letter of each whitespace-separated word. */
    static String uncapitalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean next = true;
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            k += Character.charCount(c);
            if (SprigStrings.isGoSpace(c)) {
                next = true;
                out.appendCodePoint(c);
            } else if (next) {
                out.appendCodePoint(Character.toLowerCase(c));
                next = false;
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** goutils.Initials: the first letter of each whitespace-separated word. */
    static String initials(String s) {
        StringBuilder out = new StringBuilder();
        boolean gap = true;
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            k += Character.charCount(c);
            if (SprigStrings.isGoSpace(c)) {
                gap = true;
            } else if (gap) {
                out.appendCodePoint(c);
                gap = false;
            }
        }
        return out.toString();
    }

    /** goutils.SwapCase. */
    static String swapCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                out.appendCodePoint(Character.toLowerCase(c));
            } else if (Character.isLowerCase(c)) {
                out.appendCodePoint(Character.toUpperCase(c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** xstrings.Shuffle: the runes in random order. */
    static String shuffle(String s) {
        int[] runes = s.codePoints().toArray();
        for (int k = runes.length - 1; k > 0; k--) {
            int j = RANDOM.nextInt(k + 1);
            int t = runes[k];
            runes[k] = runes[j];
            runes[j] = t;
        }
        return new String(runes, 0, runes.length);
    }

    /** goutils.AbbreviateFull (maxWidth ≥ 4): {@code ...} marks what was cut at either end. */
    static String abbreviate(String s, int offset, int maxWidth) {
        if (s.isEmpty() || maxWidth < 4) {
            return s.isEmpty() ? "" : "";
        }
        if (s.length() <= maxWidth) {
            return s;
        }
        if (offset > s.length()) {
            offset = s.length();
        }
        if (s.length() - offset < maxWidth - 3) {
            offset = s.length() - (maxWidth - 3);
        }
        if (offset <= 4) {
            return s.substring(0, maxWidth - 3) + "...";
        }
        if (maxWidth < 7) {
            return "";
        }
        if (offset + maxWidth - 3 < s.length()) {
            return "..." + abbreviate(s.substring(offset), 0, maxWidth - 3);
        }
        return "..." + s.substring(s.length() - (maxWidth - 3));
    }

    /** goutils.WrapCustom: breaks lines at spaces so they fit {@code width}. */
    static String wrap(String s, int width, String newline, boolean wrapLongWords) {
        if (s.isEmpty()) {
            return "";
        }
        if (newline.isEmpty()) {
            newline = "\n";
        }
        width = Math.max(width, 1);
        int length = s.length();
        int offset = 0;
        StringBuilder out = new StringBuilder();
        while (length - offset > width) {
            if (s.charAt(offset) == ' ') {
                offset++;
                continue;
            }
            int end = Math.min(width + offset + 1, length);
            int space = s.substring(offset, end).lastIndexOf(' ') + offset;
            if (space >= offset) {
                out.append(s, offset, space).append(newline);
                offset = space + 1;
            } else if (wrapLongWords) {
                out.append(s, offset, width + offset).append(newline);
                offset += width;
            } else {
                int index = s.indexOf(' ', width + offset);
                if (index < 0) {
                    out.append(s.substring(offset));
                    offset = length;
                } else {
                    out.append(s, offset, index).append(newline);
                    offset = index + 1;
                }
            }
        }
        return out.append(s.substring(offset)).toString();
    }

    /** goutils' CryptoRandom over {@code alphabet}; a negative count yields the empty string. */
    static String random(int count, String alphabet) {
        if (count <= 0) {
            return "";
        }
        StringBuilder out = new StringBuilder(count);
        for (int k = 0; k < count; k++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
