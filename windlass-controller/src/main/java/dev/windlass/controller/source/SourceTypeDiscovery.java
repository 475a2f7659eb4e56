package dev.windlass.controller.source;

import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.model.snapshot.SnapshotPaths;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Argo CD's discovery of a source's type from the files at its path (the repo server's
 * {@code discovery.AppType}): it walks the directory's files in name order, a file whose name ends
 * in {@code Chart.yaml} makes it Helm and a kustomization file ({@code kustomization.yaml},
 * {@code kustomization.yml}, {@code Kustomization}) makes it Kustomize, the later match winning, so a
 * kustomization beside a {@code Chart.yaml} makes Kustomize. Without either it is a directory of
 * manifests.
 */
final class SourceTypeDiscovery {

    /** What discovery finds at a path. */
    enum Found { DIRECTORY, KUSTOMIZE, HELM }

    private static final List<String> KUSTOMIZATION_NAMES = List.of("kustomization.yaml", "kustomization.yml",
            "Kustomization");

    private SourceTypeDiscovery() {
    }

    /** The type of directory {@code path} of {@code snapshot}. */
    static Found discover(Snapshot snapshot, String path) {
        Optional<String> directory = realDirectory(snapshot, path);
        if (directory.isEmpty()) {
            return Found.DIRECTORY;
        }
        String[] names = snapshot.list(directory.get()).stream().filter(e -> !e.isDirectory())
                .map(SnapshotEntry::name).toArray(String[]::new);
        // Go walks in byte order of the names
        Arrays.sort(names, (a, b) -> Arrays.compare(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8)));
        Found found = Found.DIRECTORY;
        for (String name : names) {
            if (name.endsWith("Chart.yaml")) {
                found = Found.HELM;
            }
            if (KUSTOMIZATION_NAMES.contains(name)) {
                found = Found.KUSTOMIZE;
            }
        }
        return found;
    }

    private static Optional<String> realDirectory(Snapshot snapshot, String path) {
        if (!SnapshotPaths.isValid(path)) {
            return Optional.empty();
        }
        return SnapshotPaths.resolve(snapshot, path).target().filter(SnapshotEntry::isDirectory)
                .map(SnapshotEntry::path);
    }
}
