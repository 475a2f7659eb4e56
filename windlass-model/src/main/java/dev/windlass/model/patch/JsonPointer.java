package dev.windlass.model.patch;

import dev.windlass.model.tree.FieldPath;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 6901 JSON Pointer such as {@code /metadata/labels/app.kubernetes.io~1name}: the unescaped
 * reference tokens, in order. The empty pointer {@code ""} names the whole document.
 */
public record JsonPointer(List<String> tokens) {

    private static final JsonPointer ROOT = new JsonPointer(List.of());

    public JsonPointer {
        tokens = List.copyOf(tokens);
    }

    public static JsonPointer root() {
        return ROOT;
    }

    /**
     * Parses pointer text; {@code ~1} stands for {@code /} and {@code ~0} for {@code ~}.
     *
     * @throws PatchException (INVALID_PATCH) when the text does not start with {@code /} or has a
     *                        {@code ~} not followed by {@code 0} or {@code 1}
     */
    public static JsonPointer parse(String text) {
        if (text.isEmpty()) {
            return ROOT;
        }
        if (text.charAt(0) != '/') {
            throw new PatchException(PatchException.Kind.INVALID_PATCH,
                    "the path \"" + text + "\" is not a JSON pointer: it must be empty or start with '/'");
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : text.substring(1).split("/", -1)) {
            tokens.add(unescape(raw, text));
        }
        return new JsonPointer(tokens);
    }

    private static String unescape(String raw, String text) {
        if (raw.indexOf('~') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '~') {
                out.append(c);
                continue;
            }
            char next = i + 1 < raw.length() ? raw.charAt(i + 1) : ' ';
            if (next != '0' && next != '1') {
                throw new PatchException(PatchException.Kind.INVALID_PATCH, "the path \"" + text
                        + "\" has a '~' that is not followed by 0 or 1; write ~0 for '~' and ~1 for '/'");
            }
            out.append(next == '0' ? '~' : '/');
            i++;
        }
        return out.toString();
    }

    public boolean isRoot() {
        return tokens.isEmpty();
    }

    /** The pointer without its last token; the root for the root. */
    public JsonPointer parent() {
        return tokens.isEmpty() ? this : new JsonPointer(tokens.subList(0, tokens.size() - 1));
    }

    /** The last token; fails for the root. */
    public String last() {
        if (tokens.isEmpty()) {
            throw new IllegalStateException("the root pointer has no last token");
        }
        return tokens.get(tokens.size() - 1);
    }

    /** The pointer made of the first {@code count} tokens. */
    public JsonPointer prefix(int count) {
        return new JsonPointer(tokens.subList(0, count));
    }

    /** Whether {@code other} lies strictly below this pointer ({@code /a} is a proper prefix of {@code /a/b}). */
    public boolean isProperPrefixOf(JsonPointer other) {
        return other.tokens.size() > tokens.size() && other.tokens.subList(0, tokens.size()).equals(tokens);
    }

    /** The escaped pointer text. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            out.append('/').append(FieldPath.pointerSegment(token));
        }
        return out.toString();
    }
}
