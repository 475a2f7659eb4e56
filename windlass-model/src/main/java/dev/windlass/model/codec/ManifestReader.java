package dev.windlass.model.codec;

import java.util.List;

/** Reads the text of one manifest file into documents: {@link YamlReader} or {@link JsonReader}. */
public interface ManifestReader {

    /** The bounds this reader applies. */
    CodecLimits limits();

    /** Reads text; on the first error the documents before it are kept and the error ends the issues. */
    ParsedStream read(String file, String text);

    /** Reads file bytes: UTF-8 with an optional byte-order mark; binary or oversized content gives an issue. */
    default ParsedStream read(String file, byte[] bytes) {
        SourceText.Decoded decoded = SourceText.decode(file, bytes, limits());
        if (decoded.text().isEmpty()) {
            return new ParsedStream(file, List.of(), List.of(decoded.problem().orElseThrow()));
        }
        return read(file, decoded.text().get());
    }
}
