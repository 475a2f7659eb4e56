package dev.windlass.render.conformance;

import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML files of one corpus folder, in path order, each either to be checked or skipped with a
 * reason. Symbolic links are not followed (the corpus is read through a snapshot, which never does).
 */
final class CorpusFiles {

    static final String TEMPLATE_REASON = "Helm chart template (Go text/template source, not YAML until rendered)";

    private CorpusFiles() {
    }

    /** One file: its path in the corpus folder and, when it is not checked, why. */
    record CorpusFile(String path, Optional<String> skipReason) {
    }

    /**
     * Every {@code .yaml}/{@code .yml} file under {@code corpus}. {@code skips} maps
     * {@code <corpus>/<path>} to the reason a file is skipped.
     */
    static List<CorpusFile> list(String corpus, Snapshot snapshot, Map<String, String> skips) {
        List<CorpusFile> out = new ArrayList<>();
        walk(snapshot, "", corpus, skips, out);
        return List.copyOf(out);
    }

    private static void walk(Snapshot snapshot, String dir, String corpus, Map<String, String> skips, List<CorpusFile> out) {
        for (SnapshotEntry entry : snapshot.list(dir)) {
            if (entry.isDirectory()) {
                walk(snapshot, entry.path(), corpus, skips, out);
            } else if (entry.isFile() && isYaml(entry.name())) {
                out.add(new CorpusFile(entry.path(), skipReason(corpus, entry.path(), skips)));
            }
        }
    }

    private static Optional<String> skipReason(String corpus, String path, Map<String, String> skips) {
        String listed = skips.get(corpus + "/" + path);
        if (listed != null) {
            return Optional.of(listed);
        }
        boolean template = corpus.equals("helm") && ("/" + path).contains("/templates/");
        return template ? Optional.of(TEMPLATE_REASON) : Optional.empty();
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
