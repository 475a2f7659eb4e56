package dev.windlass.render;

import dev.windlass.model.Issue;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.YamlReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Objects from YAML text a generator produced (a Helm template's output), read as a directory
 * source reads a file: empty documents dropped, {@code *List} documents flattened, every object
 * needing an {@code apiVersion} and {@code kind}. Issues name {@code file}.
 */
public final class ManifestDocuments {

    private static final YamlReader YAML = YamlReader.create(DirectoryOptions.DEFAULT.limits(),
            DirectoryOptions.DEFAULT.schema());

    private ManifestDocuments() {
    }

    /** The objects of {@code text}, shown as coming from {@code file}. */
    public static RenderResult read(String file, String text) {
        ParsedStream stream = YAML.read(file, text);
        if (stream.hasErrors()) {
            return new RenderResult(List.of(), stream.issues());
        }
        ManifestFile.Outcome extracted = ManifestObjects.extract(file, stream.documents());
        List<Issue> issues = new ArrayList<>(stream.issues());
        issues.addAll(extracted.issues());
        return new RenderResult(extracted.objects(), issues);
    }
}
