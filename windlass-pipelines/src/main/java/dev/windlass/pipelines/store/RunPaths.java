package dev.windlass.pipelines.store;

import java.nio.file.Path;

/**
 * Where a run's files live under a store root: {@code runs/<namespace>/<name>/} with {@code run.yaml},
 * the {@code cancel} marker and {@code logs/}. An empty namespace is {@code default}, as on a cluster.
 */
final class RunPaths {

    private RunPaths() {
    }

    static Path runs(Path root) {
        return root.resolve("runs");
    }

    static Path runDir(Path root, String namespace, String name) {
        String ns = namespace == null || namespace.isEmpty() ? "default" : namespace;
        checkSegment(ns, "namespace");
        checkSegment(name, "name");
        return runs(root).resolve(ns).resolve(name);
    }

    static Path logs(Path root, String namespace, String name) {
        return runDir(root, namespace, name).resolve("logs");
    }

    /** Names become directories: refuse anything that is not a single plain path segment. */
    static void checkSegment(String segment, String what) {
        if (segment == null || segment.isEmpty() || segment.equals(".") || segment.equals("..")
                || segment.contains("/") || segment.contains("\\") || segment.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("run " + what + " \"" + segment + "\" cannot be a directory name");
        }
    }
}
