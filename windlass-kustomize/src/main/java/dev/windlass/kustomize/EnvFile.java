package dev.windlass.kustomize;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an env file ({@code envs} of a generator) as kustomize does: one {@code KEY=value} per
 * line, split at the first {@code =}; leading white space dropped, the rest kept (no quote
 * removal, no trimming of the value); blank lines and lines starting with {@code #} skipped; a line
 * without {@code =} gives its key an empty value; a UTF-8 byte order mark is dropped from the first
 * line; a carriage return before a line break is dropped; a line with an empty key is skipped.
 */
final class EnvFile {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EnvFile() {
    }

    /** A line that is not valid UTF-8; {@code line} counts from 1. */
    static final class InvalidLine extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        InvalidLine(int line) {
            super("line " + line + " has invalid UTF-8 bytes", null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** The pairs of {@code content}, in file order (a key may repeat). */
    static List<Map.Entry<String, String>> parse(byte[] content) throws InvalidLine {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < content.length) {
            int end = indexOf(content, (byte) '\n', start);
            int next = end < 0 ? content.length : end + 1;
            int stop = end < 0 ? content.length : end;
            if (stop > start && content[stop - 1] == '\r') {
                stop--;
            }
            int from = number == 0 && startsWith(content, start, stop, BOM) ? start + BOM.length : start;
            number++;
            int lineNumber = number;
            String line = utf8(content, from, stop).orElseThrow(() -> new InvalidLine(lineNumber));
            pair(line).ifPresent(out::add);
            start = next;
        }
        return out;
    }

    private static Optional<Map.Entry<String, String>> pair(String raw) {
        String line = stripLeadingSpace(raw);
        if (line.isEmpty() || line.charAt(0) == '#') {
            return Optional.empty();
        }
        int equals = line.indexOf('=');
        String key = equals < 0 ? line : line.substring(0, equals);
        String value = equals < 0 ? "" : line.substring(equals + 1);
        return key.isEmpty() ? Optional.empty() : Optional.of(new SimpleImmutableEntry<>(key, value));
    }

    /** Drops leading characters that Go's {@code unicode.IsSpace} calls space. */
    static String stripLeadingSpace(String line) {
        int i = 0;
        while (i < line.length() && isGoSpace(line.charAt(i))) {
            i++;
        }
        return line.substring(i);
    }

    private static boolean isGoSpace(char c) {
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }

    /** The text of {@code bytes[from, to)} when it is valid UTF-8. */
    static Optional<String> utf8(byte[] bytes, int from, int to) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
