package dev.windlass.model.codec;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns file bytes into text the codecs read: UTF-8, with a leading byte-order mark dropped.
 * Content with NUL bytes or invalid UTF-8 is binary, not a manifest.
 */
public final class SourceText {

    /** Reason code for content that is not UTF-8 text. */
    public static final String BINARY = "BinaryContent";
    /** Reason code for a file over {@link CodecLimits#maxFileBytes()}. */
    public static final String FILE_TOO_LARGE = "FileTooLarge";

    private SourceText() {
    }

    /** The text of {@code bytes}, or empty with {@code problem} set when it is binary or too large. */
    public static Decoded decode(String file, byte[] bytes, CodecLimits limits) {
        if (bytes.length > limits.maxFileBytes()) {
            return Decoded.failed(tooLarge(file, bytes.length, limits));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Decoded.failed(Issue.warning(BINARY, Location.file(file),
                        "binary content (a NUL byte at offset " + i + "), not a manifest; skipped"));
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            return new Decoded(Optional.of(text), Optional.empty());
        } catch (CharacterCodingException e) {
            return Decoded.failed(Issue.warning(BINARY, Location.file(file),
                    "not UTF-8 text, not a manifest; skipped (re-encode it as UTF-8 if it is one)"));
        }
    }

    /** The issue for a file over the size limit, also used by callers that check sizes before reading. */
    public static Issue tooLarge(String file, long size, CodecLimits limits) {
        return Issue.error(FILE_TOO_LARGE, Location.file(file), String.format(
                "file is %d bytes, over the limit of %d bytes; if it is meant to be read, raise the limit with %s",
                size, limits.maxFileBytes(), CodecLimits.Limit.FILE_SIZE.option()));
    }

    /** Decoded text, or the issue that prevented decoding. */
    public record Decoded(Optional<String> text, Optional<Issue> problem) {
        static Decoded failed(Issue issue) {
            return new Decoded(Optional.empty(), Optional.of(issue));
        }
    }
}
