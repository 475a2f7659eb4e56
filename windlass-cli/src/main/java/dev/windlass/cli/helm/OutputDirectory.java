package dev.windlass.cli.helm;

import dev.windlass.helm.release.Rendered;
import dev.windlass.helm.release.RenderedManifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code helm template --output-dir DIR}: each manifest written to {@code DIR/<its source path>},
 * documents of one template appended to its file, and each file named once on stdout
 * ({@code wrote DIR/chart/templates/x.yaml}) as Helm does.
 */
final class OutputDirectory {

    private final Path root;
    private final PrintWriter out;

    OutputDirectory(Path root, PrintWriter out) {
        this.root = root;
        this.out = out;
    }

    void write(Rendered rendered, boolean crds, boolean hooks) throws IOException {
        List<RenderedManifest> all = new ArrayList<>();
        if (crds) {
            all.addAll(rendered.crds());
        }
        all.addAll(rendered.manifests());
        if (hooks) {
            all.addAll(rendered.hooks());
        }
        Set<Path> started = new HashSet<>();
        for (RenderedManifest manifest : all) {
            Path file = root.resolve(manifest.source()).normalize();
            if (!file.startsWith(root.normalize())) {
                throw new IOException("refusing to write " + manifest.source() + " outside " + root);
            }
            Files.createDirectories(file.getParent());
            String document = "---\n# Source: " + manifest.source() + "\n" + manifest.text() + "\n";
            if (started.add(file)) {
                Files.writeString(file, document, StandardCharsets.UTF_8);
                out.println("wrote " + file);
            } else {
                Files.writeString(file, document, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        }
    }
}
