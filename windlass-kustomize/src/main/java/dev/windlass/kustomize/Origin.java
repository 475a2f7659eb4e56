package dev.windlass.kustomize;

import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Objects;

/**
 * Where an object or a transformer came from, as kustomize records it in the
 * {@code config.kubernetes.io/origin} and {@code alpha.config.kubernetes.io/transformations}
 * annotations: a file path relative to the built directory (inside the repository for remote
 * bases, then with {@code repo} and {@code ref}), or for generated objects and transformers the
 * file that configured them and the configuration's identity. Empty strings are left out.
 *
 * @param path         the file an object was read from
 * @param repo         the remote repository, or {@code ""} for local files
 * @param ref          the ref of the remote repository, or {@code ""}
 * @param configuredIn the kustomization or plugin configuration file of a generator or transformer
 * @param configuredBy the generator or transformer configuration, or {@code null}
 */
record Origin(String path, String repo, String ref, String configuredIn, ConfiguredBy configuredBy) {

    Origin {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(configuredIn, "configuredIn");
    }

    /** The identity of a generator or transformer configuration ({@code apiVersion: builtin} for kustomization fields). */
    record ConfiguredBy(String apiVersion, String kind, String name, String namespace) {
        ConfiguredBy {
            Objects.requireNonNull(apiVersion, "apiVersion");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(namespace, "namespace");
        }

        static ConfiguredBy builtin(String kind) {
            return new ConfiguredBy("builtin", kind, "", "");
        }

        MapNode toNode() {
            MapNode.Builder out = MapNode.builder();
            put(out, "apiVersion", apiVersion);
            put(out, "kind", kind);
            put(out, "name", name);
            put(out, "namespace", namespace);
            return out.build();
        }
    }

    /** A local file (or directory), {@code path} relative to the built directory. */
    static Origin local(String path) {
        return new Origin(path, "", "", "", null);
    }

    /** A file inside the remote repository {@code repo} at {@code ref}, {@code path} relative to its root. */
    static Origin remote(String repo, String ref, String path) {
        return new Origin(path, repo, ref, "", null);
    }

    /** The origin of what a generator or transformer configured in file {@code this.path} made or changed. */
    Origin configuredBy(ConfiguredBy by) {
        return new Origin("", repo, ref, path, by);
    }

    /** The annotation value: kustomize's YAML rendering of this origin. */
    String toYaml() {
        return YamlWriter.write(toNode());
    }

    /** This origin as one more item of a transformations annotation that is {@code existing} so far. */
    String appendTo(String existing) {
        return (existing == null ? "" : existing) + YamlWriter.write(new ListNode(List.of(toNode())));
    }

    private MapNode toNode() {
        MapNode.Builder out = MapNode.builder();
        put(out, "path", path);
        put(out, "repo", repo);
        put(out, "ref", ref);
        put(out, "configuredIn", configuredIn);
        if (configuredBy != null && !configuredBy.toNode().isEmpty()) {
            out.put("configuredBy", configuredBy.toNode());
        }
        return out.build();
    }

    private static void put(MapNode.Builder out, String key, String value) {
        if (!value.isEmpty()) {
            out.put(key, Node.of(value));
        }
    }

    /** The path of snapshot path {@code target} seen from snapshot directory {@code from}, with {@code ..} steps. */
    static String relative(String from, String target) {
        String[] base = from.isEmpty() ? new String[0] : from.split("/");
        String[] to = target.isEmpty() ? new String[0] : target.split("/");
        int common = 0;
        while (common < base.length && common < to.length && base[common].equals(to[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < base.length; i++) {
            out.append(out.length() == 0 ? "" : "/").append("..");
        }
        for (int i = common; i < to.length; i++) {
            out.append(out.length() == 0 ? "" : "/").append(to[i]);
        }
        return out.length() == 0 ? "." : out.toString();
    }
}
