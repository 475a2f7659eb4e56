package dev.windlass.helm.release;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Helm's {@code releaseutil.SplitManifests}: a multi-document text cut at every line starting with
 * {@code ---} (and any spaces or tabs after it), blank documents dropped and each document's leading
 * whitespace trimmed. The result is in document order ({@code manifest-0}, {@code manifest-1} …).
 */
public final class ManifestSplitter {

    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---[ \\t]*");

    private ManifestSplitter() {
    }

    public static List<String> split(String text) {
        List<String> documents = new ArrayList<>();
        for (String part : SEPARATOR.split(trimLeadingSpace(text), -1)) {
            if (part.isBlank() || isGoSpaceOnly(part)) {
                continue;
            }
            documents.add(trimLeadingSpace(part));
        }
        return documents;
    }

    private static boolean isGoSpaceOnly(String s) {
        return trimLeadingSpace(s).isEmpty();
    }

    /** Go's {@code strings.TrimLeftFunc(s, unicode.IsSpace)}. */
    static String trimLeadingSpace(String s) {
        int i = 0;
        while (i < s.length() && isGoSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    /** Go's {@code strings.TrimSpace}. */
    static String trimSpace(String s) {
        int end = s.length();
        while (end > 0 && isGoSpace(s.charAt(end - 1))) {
            end--;
        }
        return trimLeadingSpace(s.substring(0, end));
    }

    /** Go's {@code unicode.IsSpace}. */
    static boolean isGoSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85 || c == 0xA0
                || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }
}
