package dev.windlass.render;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.ManifestReader;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.SourceText;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one manifest file of a directory source: checks its size, decodes its text, parses it as
 * YAML or JSON, and hands the documents to {@link ManifestObjects}. Reusable and thread-safe.
 */
final class ManifestFile {

    /** How a file is read, decided by its name as Argo CD does (case-sensitive suffixes). */
    enum Format {
        YAML, JSON, JSONNET;

        /** The format of a file name, or empty when the directory source does not read such files. */
        static Optional<Format> ofName(String name) {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return Optional.of(YAML);
            }
            if (name.endsWith(".json")) {
                return Optional.of(JSON);
            }
            if (name.endsWith(".jsonnet")) {
                return Optional.of(JSONNET);
            }
            return Optional.empty();
        }
    }

    /** The objects of one file, and the issues met reading it. */
    record Outcome(List<KubeObject> objects, List<Issue> issues) {
        Outcome {
            objects = List.copyOf(objects);
            issues = List.copyOf(issues);
        }

        static Outcome of(Issue issue) {
            return new Outcome(List.of(), List.of(issue));
        }
    }

    private final CodecLimits limits;
    private final YamlReader yaml;
    private final JsonReader json;

    ManifestFile(DirectoryOptions options) {
        this.limits = options.limits();
        this.yaml = YamlReader.create(options.limits(), options.schema());
        this.json = JsonReader.create(options.limits());
    }

    /** Reads the file shown as {@code file}, whose content is at {@code real}. */
    Outcome read(Snapshot snapshot, String file, SnapshotEntry real, Format format) {
        if (format == Format.JSONNET) {
            return Outcome.of(Issue.note(RenderMessages.JSONNET_NOT_SUPPORTED, Location.file(file),
                    RenderMessages.jsonnetNotSupported()));
        }
        if (real.size() > limits.maxFileBytes()) {
            return Outcome.of(SourceText.tooLarge(file, real.size(), limits));
        }
        byte[] bytes;
        try {
            bytes = snapshot.read(real.path(), limits.maxFileBytes());
        } catch (IOException e) {
            return Outcome.of(Issue.error(RenderMessages.READ_FAILED, Location.file(file),
                    RenderMessages.readFailed(String.valueOf(e.getMessage()))));
        }
        ManifestReader reader = format == Format.JSON ? json : yaml;
        ParsedStream stream = reader.read(file, bytes);
        if (stream.hasErrors()) {
            return new Outcome(List.of(), stream.issues());
        }
        Outcome extracted = ManifestObjects.extract(file, stream.documents());
        List<Issue> issues = new ArrayList<>(stream.issues());
        issues.addAll(extracted.issues());
        return new Outcome(extracted.objects(), issues);
    }
}
